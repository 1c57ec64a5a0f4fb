package dev.conductor.console.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionCheckTest {

    @ParameterizedTest
    @CsvSource({
        "0.1.0, 0.2.0, AGENT_OLDER",
        "0.9.0, 0.10.0, AGENT_OLDER",
        "0.2.0-SNAPSHOT, 0.2.0, AGENT_OLDER",
        "0.2, 0.2.1, AGENT_OLDER",
        "0.2.0, 0.2.0, SAME",
        "0.2, 0.2.0, SAME",
        "0.1.0-SNAPSHOT, 0.1.0-SNAPSHOT, SAME",
        "1.0.0, 0.9.9, AGENT_NEWER",
        "0.2.0, 0.2.0-SNAPSHOT, AGENT_NEWER",
        "0.2.0-rc2, 0.2.0-rc1, AGENT_NEWER"})
    void comparesTheAgentWithTheConsole(String agent, String console, VersionCheck expected) {
        assertThat(VersionCheck.of(agent, console)).isEqualTo(expected);
    }

    @Test
    void onlyAnOlderOrUnknownAgentIsOfferedAnInstall() {
        assertThat(VersionCheck.of(null, "0.2.0").offersInstall()).isTrue();
        assertThat(VersionCheck.of(" ", "0.2.0").offersInstall()).isTrue();
        assertThat(VersionCheck.of("0.1.0", "0.2.0").offersInstall()).isTrue();
        assertThat(VersionCheck.of("0.2.0", "0.2.0").offersInstall()).isFalse();
        assertThat(VersionCheck.of("0.3.0", "0.2.0").offersInstall()).isFalse();
    }
}
