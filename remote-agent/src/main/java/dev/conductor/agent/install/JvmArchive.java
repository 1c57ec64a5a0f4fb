package dev.conductor.agent.install;

import dev.conductor.agent.process.ExecResult;
import dev.conductor.agent.process.ProcessSpec;
import dev.conductor.agent.process.ProcessRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The agent starts a JVM for every unit action, several per deploy. A class data archive made
 * from a training run (AppCDS), a client-only JIT and the serial GC roughly halve that start-up.
 * The launcher passes {@link #FLAGS}; a missing or stale archive is silently ignored by the JVM.
 */
final class JvmArchive {

    // a heap limit of its own, so that no input can take a quarter of the host's memory; the
    // resident agent's unit sets a smaller one in CONDUCTOR_JAVA_OPTS, which comes later and wins
    static final List<String> FLAGS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
            "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    private static final String SAMPLE = """
            {"app_name": "warm-up", "config": {"A": "1"},
             "pods": [{"name": "", "pod_template": "./pod.template"}],
             "hooks": [{"id": "h", "when": "pre-start", "exec": ["./h"]}],
             "health_check": {"port": 8080}}
            """;

    private final ProcessRunner runner;

    JvmArchive(ProcessRunner runner) {
        this.runner = runner;
    }

    /** Creates the archive by running the installed jar once on a sample service; false when it failed. */
    boolean create(String java, Path jar, Path archive) {
        Path training = sampleRoot();
        try {
            Files.deleteIfExists(archive);
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(FLAGS);
            command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-jar", jar.toString(),
                    "check", "--root", training.toString()));
            ExecResult result = runner.run(new ProcessSpec(command, null, Map.of(),
                    Duration.ofSeconds(60), null));
            return result.succeeded() && Files.exists(archive);
        } catch (IOException e) {
            return false;
        } finally {
            deleteTree(training);
        }
    }

    private static Path sampleRoot() {
        try {
            Path root = Files.createTempDirectory("conductor-cds");
            Files.createDirectories(root.resolve("warm-up"));
            Files.writeString(root.resolve("warm-up/conductor-service.json"), SAMPLE);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the class archive's training service", e);
        }
    }

    private static void deleteTree(Path root) {
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
