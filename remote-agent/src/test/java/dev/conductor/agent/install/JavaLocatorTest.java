package dev.conductor.agent.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.agent.process.ExecResult;
import dev.conductor.agent.process.ProcessRunner;
import org.junit.jupiter.api.Test;

class JavaLocatorTest {

    @Test
    void readsTheFeatureVersionOfOldAndNewSchemes() {
        assertThat(JavaLocator.featureVersion("openjdk version \"17.0.15\" 2025-04-15")).isEqualTo(17);
        assertThat(JavaLocator.featureVersion("openjdk version \"21\" 2023-09-19")).isEqualTo(21);
        assertThat(JavaLocator.featureVersion("java version \"1.8.0_392\"")).isEqualTo(8);
        assertThat(JavaLocator.featureVersion("openjdk version \"22-ea\" 2024-03-19")).isEqualTo(22);
        assertThat(JavaLocator.featureVersion("sh: java: not found")).isEqualTo(-1);
    }

    @Test
    void findsJavaOnPath() {
        assertThat(new JavaLocator(answering("/usr/bin/java\n", "openjdk version \"17.0.15\"")).locate())
                .isEqualTo("/usr/bin/java");
    }

    @Test
    void missingJavaSaysSoAndHowToGetIt() {
        assertThatThrownBy(() -> new JavaLocator(answering("", "")).locate())
                .isInstanceOf(InstallException.class)
                .hasMessageContaining("Java 17 or newer is required").hasMessageContaining("openjdk-17");
    }

    @Test
    void oldJavaIsRefusedQuotingItsVersion() {
        assertThatThrownBy(() -> new JavaLocator(answering("/opt/jdk8/bin/java", "java version \"1.8.0_392\"")).locate())
                .isInstanceOf(InstallException.class)
                .hasMessageContaining("'/opt/jdk8/bin/java' is Java 8")
                .hasMessageContaining("java version \"1.8.0_392\"");
    }

    /** {@code command -v java} prints {@code path}; {@code java -version} prints {@code version} on stderr. */
    private static ProcessRunner answering(String path, String version) {
        return spec -> spec.command().get(0).equals("sh")
                ? new ExecResult(spec.command(), path.isEmpty() ? 127 : 0, path, "")
                : new ExecResult(spec.command(), 0, "", version);
    }
}
