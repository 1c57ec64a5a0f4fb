package dev.conductor.agent.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class UnitFilesTest {

    private static final String AGENT = "/usr/local/bin/conductor-agent";
    static final List<String> UNITS = UnitFiles.STATIC_UNITS;

    @Test
    void commandsCallTheInternalCommandsOfTheUnitsTable() {
        assertThat(execLines("conductor-service@.service")).containsExactly(
                "ExecStart=" + AGENT + " _ service start %i", "ExecStop=" + AGENT + " _ service stop %i");
        assertThat(execLines("conductor-service-config@.service")).containsExactly(
                "ExecStart=" + AGENT + " _ service register %i", "ExecStop=" + AGENT + " _ service deregister %i",
                "ExecReload=" + AGENT + " _ service register %i");
        assertThat(execLines("conductor-deployment@.service")).containsExactly(
                "ExecStart=" + AGENT + " _ deployment start %i", "ExecStop=" + AGENT + " _ deployment stop %i");
        assertThat(execLines("conductor-deployment-config@.service")).containsExactly(
                "ExecStart=/bin/sh -c 'test -e /run/conductor/deployments/%i/registered || exec " + AGENT
                        + " _ deployment register %i'",
                "ExecStop=/bin/sh -c 'rm -f /run/conductor/deployments/%i/registered; test -s"
                        + " /run/conductor/deployments/%i/snippets.json || exit 0; exec " + AGENT
                        + " _ deployment deregister %i'",
                "ExecReload=" + AGENT + " _ deployment register %i");
        assertThat(execLines("conductor-caddy.service")).containsExactly(
                "ExecStart=" + AGENT + " _ caddy-ensure --revive-routes", "ExecReload=" + AGENT + " _ caddy-ensure");
        assertThat(execLines("conductor-reload.service")).containsExactly("ExecStart=" + AGENT + " reload");
    }

    @ParameterizedTest
    @FieldSource("UNITS")
    void everyUnitIsAOneshotThatStaysActiveWithBoundedTimeouts(String unit) {
        List<String> lines = lines(unit);
        assertThat(lines).contains("[Unit]", "[Service]", "Type=oneshot", "RemainAfterExit=yes")
                .anyMatch(line -> line.matches("TimeoutStartSec=\\d+(s|min)"));
        assertThat(String.join("\n", lines)).doesNotContain("{{", "${", "@@");
    }

    @Test
    void configUnitsFollowCaddyAndItsConductorServer() {
        for (String unit : List.of("conductor-service-config@.service", "conductor-deployment-config@.service")) {
            assertThat(lines(unit)).as(unit).contains("PartOf=caddy.service", "Wants=conductor-caddy.service")
                    .anyMatch(line -> line.startsWith("After=") && line.endsWith("caddy.service conductor-caddy.service"));
        }
        assertThat(lines("conductor-deployment-config@.service")).contains(
                "BindsTo=conductor-deployment@%i.service",
                "After=conductor-deployment@%i.service caddy.service conductor-caddy.service");
    }

    @Test
    void caddyUnitFollowsEveryStartRestartAndReloadOfCaddy() {
        assertThat(lines("conductor-caddy.service")).contains("Requires=caddy.service", "PartOf=caddy.service",
                "ReloadPropagatedFrom=caddy.service", "After=caddy.service", "[Install]", "WantedBy=caddy.service");
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
