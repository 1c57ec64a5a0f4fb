package dev.conductor.agent.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class UnitFilesTest {

    private static final String AGENT = "/usr/local/bin/conductor-agent";
    private static final String CLIENT = "/usr/local/lib/conductor/conductor-unit";
    static final List<String> UNITS = UnitFiles.STATIC_UNITS;
    static final List<String> ONESHOTS = UNITS.stream().filter(unit -> !unit.startsWith("conductor-agent.")).toList();

    @Test
    void commandsAskTheResidentAgentThroughTheThinClient() {
        assertThat(execLines("conductor-service@.service")).containsExactly(
                "ExecStart=" + CLIENT + " _ service start %i", "ExecStop=" + CLIENT + " _ service stop %i");
        assertThat(execLines("conductor-service-config@.service")).containsExactly(
                "ExecStart=" + CLIENT + " _ service register %i", "ExecStop=" + CLIENT + " _ service deregister %i",
                "ExecReload=" + CLIENT + " _ service register %i");
        assertThat(execLines("conductor-deployment@.service")).containsExactly(
                "ExecStart=" + CLIENT + " _ deployment start %i", "ExecStop=" + CLIENT + " _ deployment stop %i");
        assertThat(execLines("conductor-deployment-config@.service")).containsExactly(
                "ExecStart=/bin/sh -c 'test -e /run/conductor/deployments/%i/registered || exec " + CLIENT
                        + " _ deployment register %i'",
                "ExecStop=/bin/sh -c 'rm -f /run/conductor/deployments/%i/registered; test -s"
                        + " /run/conductor/deployments/%i/snippets.json || exit 0; exec " + CLIENT
                        + " _ deployment deregister %i'",
                "ExecReload=" + CLIENT + " _ deployment register %i");
        assertThat(execLines("conductor-caddy.service")).containsExactly(
                "ExecStart=" + CLIENT + " _ caddy-ensure --revive-routes", "ExecReload=" + CLIENT + " _ caddy-ensure");
        assertThat(execLines("conductor-reload.service")).containsExactly("ExecStart=" + CLIENT + " reload");
        assertThat(execLines("conductor-agent.service")).containsExactly("ExecStart=" + AGENT + " daemon");
        assertThat(lines("conductor-agent.socket")).contains("ListenStream=/run/conductor/agent.sock", "SocketMode=0600");
    }

    @ParameterizedTest
    @FieldSource("ONESHOTS")
    void everyUnitActionIsAOneshotThatStaysActiveWithBoundedTimeouts(String unit) {
        List<String> lines = lines(unit);
        assertThat(lines).contains("[Unit]", "[Service]", "Type=oneshot", "RemainAfterExit=yes")
                .anyMatch(line -> line.matches("TimeoutStartSec=\\d+(s|min)"));
        assertThat(String.join("\n", lines)).doesNotContain("{{", "${", "@@");
    }

    @ParameterizedTest
    @FieldSource("ONESHOTS")
    void everyUnitActionWaitsForTheAgentsSocketButNeverStopsWithTheAgent(String unit) {
        List<String> lines = lines(unit);
        assertThat(lines).anyMatch(line -> line.startsWith("Wants=") && line.contains("conductor-agent.socket"))
                .anyMatch(line -> line.startsWith("After=") && line.contains("conductor-agent.socket conductor-agent.service"))
                .noneMatch(line -> line.matches("(Requires|BindsTo|PartOf)=.*conductor-agent.*"));
    }

    @Test
    void agentRestartsAlwaysFromItsSocket() {
        assertThat(lines("conductor-agent.service")).contains("Type=simple", "StandardInput=socket", "Restart=always",
                "StartLimitIntervalSec=0", "Requires=conductor-agent.socket", "WantedBy=multi-user.target");
        assertThat(UnitFiles.unitClient()).contains("--unix-socket /run/conductor/agent.sock", "--fail-with-body",
                "--data-urlencode \"arg=$1\"");
    }

    @Test
    void configUnitsFollowCaddyAndItsConductorServer() {
        for (String unit : List.of("conductor-service-config@.service", "conductor-deployment-config@.service")) {
            assertThat(lines(unit)).as(unit).contains("PartOf=caddy.service")
                    .anyMatch(line -> line.startsWith("Wants=conductor-caddy.service"))
                    .anyMatch(line -> line.startsWith("After=") && line.endsWith("caddy.service conductor-caddy.service"));
        }
        assertThat(lines("conductor-deployment-config@.service")).contains(
                "BindsTo=conductor-deployment@%i.service",
                "After=conductor-agent.socket conductor-agent.service conductor-deployment@%i.service caddy.service"
                        + " conductor-caddy.service");
    }

    @Test
    void caddyUnitFollowsEveryStartRestartAndReloadOfCaddy() {
        assertThat(lines("conductor-caddy.service")).contains("Requires=caddy.service", "PartOf=caddy.service",
                "ReloadPropagatedFrom=caddy.service", "[Install]", "WantedBy=caddy.service")
                .anyMatch(line -> line.startsWith("After=caddy.service"));
        assertThat(lines("conductor-reload.service")).contains("[Install]", "WantedBy=multi-user.target");
    }

    @Test
    void onlyTheEnabledUnitsHaveAnInstallSection() {
        for (String unit : UNITS) {
            assertThat(lines(unit).contains("[Install]")).as(unit).isEqualTo(UnitFiles.ENABLED_UNITS.contains(unit));
        }
    }

    @Test
    void unknownUnitIsRefusedByName() {
        assertThatThrownBy(() -> UnitFiles.render("conductor-nothing.service", AGENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'conductor-nothing.service'");
    }

    private static List<String> execLines(String unit) {
        return lines(unit).stream().filter(line -> line.startsWith("Exec")).toList();
    }

    private static List<String> lines(String unit) {
        return UnitFiles.render(unit, AGENT).lines().toList();
    }
}
