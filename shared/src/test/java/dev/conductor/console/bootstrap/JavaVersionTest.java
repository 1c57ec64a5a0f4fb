package dev.conductor.console.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaVersionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "openjdk version \"17.0.15\" 2025-04-15 | 17 | 17.0.15",
        "java version \"1.8.0_381\"              | 8  | 1.8.0_381",
        "openjdk version \"21\" 2023-09-19       | 21 | 21",
        "openjdk version \"22-ea\" 2024-03-19    | 22 | 22-ea",
        "Picked up JAVA_TOOL_OPTIONS: -Xmx1g\\nopenjdk version \"11.0.22\" | 11 | 11.0.22"})
    void readsTheFeatureRelease(String output, int feature, String text) {
        assertThat(JavaVersion.parse(output.replace("\\n", "\n"))).contains(new JavaVersion(feature, text));
    }

    @ParameterizedTest
    @CsvSource({"'bash: line 1: java: command not found'", "''"})
    void findsNoneWhereNoneIsPrinted(String output) {
        assertThat(JavaVersion.parse(output)).isEmpty();
    }
}
