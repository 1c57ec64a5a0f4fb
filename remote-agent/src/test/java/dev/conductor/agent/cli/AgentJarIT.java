package dev.conductor.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** Checks the packaged {@code conductor-agent.jar}: it runs, and stays free of console-only libraries. */
class AgentJarIT {

    private static final Path JAR = Path.of("target", "conductor-agent.jar");

    @Test
    void versionPrintsTheProjectVersion() throws Exception {
        String expected = System.getProperty("conductor.version");
        assertThat(expected).as("failsafe passes conductor.version").isNotBlank();
        assertThat(runJar("--version")).isEqualTo("conductor-agent " + expected + "\n");
    }

    @Test
    void helpDescribesTheAgent() throws Exception {
        assertThat(runJar("--help")).contains("Usage: conductor-agent").contains("--version");
    }

    @Test
    void jarCarriesNoConsoleLibraries() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> forbidden = jar.stream()
                    .map(entry -> entry.getName())
                    .filter(name -> name.startsWith("javafx/")
                            || name.startsWith("com/sun/javafx/")
                            || name.startsWith("com/googlecode/lanterna/")
                            || name.startsWith("org/apache/sshd/")
                            || name.startsWith("dev/conductor/console/"))
                    .limit(5)
                    .toList();
            assertThat(forbidden).as("console-only classes in the agent jar").isEmpty();
        }
        System.out.printf("conductor-agent.jar size: %d bytes%n", Files.size(JAR));
    }

    private static String runJar(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("agent exits within 30 s").isTrue();
        assertThat(process.exitValue()).as("exit code of %s, output: %s", command, output).isZero();
        return output;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
