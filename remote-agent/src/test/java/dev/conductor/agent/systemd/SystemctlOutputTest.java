package dev.conductor.agent.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parsing against output captured from systemd 252 in a sandbox host. */
class SystemctlOutputTest {

    @Test
    void showReadsTheFourProperties() {
        assertThat(SystemctlOutput.show("fail-x.service", fixture("show-failed-systemd-252.txt")))
                .isEqualTo(new UnitState("fail-x.service", "loaded", "failed", "failed"));
    }

    @Test
    void showOfAnUnknownUnitSaysNotFound() {
        UnitState state = SystemctlOutput.show("x", fixture("show-not-found-systemd-252.txt"));
        assertThat(state).isEqualTo(new UnitState("conductor-deployment@web-r1.service", "not-found", "inactive", "dead"));
        assertThat(state.active()).isFalse();
        assertThat(state.failed()).isFalse();
    }

    @Test
    void showKeepsTheRequestedNameWhenSystemdPrintsNoId() {
        assertThat(SystemctlOutput.show("a.service", "ActiveState=active\n"))
                .isEqualTo(new UnitState("a.service", "", "active", ""));
    }

    @Test
    void loadReadsTheDropInsAndWhetherAReloadIsNeeded() {
        // as systemd 252 printed them in a sandbox host, for a unit with two drop-ins, then none
        UnitLoad two = SystemctlOutput.load("DropInPaths=/run/systemd/system/a@b.service.d/50-conductor.conf "
                + "/etc/systemd/system/a@.service.d/x.conf\nNeedDaemonReload=no\n");
        UnitLoad none = SystemctlOutput.load("DropInPaths=\nNeedDaemonReload=yes\n");

        assertThat(two.dropIns()).containsExactly("/run/systemd/system/a@b.service.d/50-conductor.conf",
                "/etc/systemd/system/a@.service.d/x.conf");
        assertThat(two.current(Path.of("/run/systemd/system/a@b.service.d/50-conductor.conf"), true)).isTrue();
        assertThat(two.current(Path.of("/run/systemd/system/a@b.service.d/50-conductor.conf"), false)).isFalse();
        assertThat(none.dropIns()).isEmpty();
        assertThat(none.needsReload()).isTrue();
        assertThat(none.current(Path.of("/x.conf"), false)).isFalse();
        assertThat(SystemctlOutput.load("").needsReload()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"list-units-systemd-252.json", "list-units-plain-systemd-252.txt",
            "list-units-marked-systemd-252.txt"})
    void listReadsJsonAndBothTableStyles(String fixture) {
        assertThat(SystemctlOutput.listUnits(fixture(fixture))).containsExactly(
                new UnitState("fail-x.service", "loaded", "failed", "failed"),
                new UnitState("ghost-x.service", "not-found", "inactive", "dead"),
                new UnitState("ok-x.service", "loaded", "active", "exited"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "", "\n"})
    void listOfNothingIsEmpty(String output) {
        assertThat(SystemctlOutput.listUnits(output)).isEmpty();
    }

    @Test
    void brokenJsonIsQuotedInTheError() {
        assertThatThrownBy(() -> SystemctlOutput.listUnits("[{\"unit\": oops"))
                .isInstanceOf(SystemdException.class)
                .hasMessageContaining("[{\"unit\": oops");
    }

    private static String fixture(String name) {
        try (InputStream in = SystemctlOutputTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
