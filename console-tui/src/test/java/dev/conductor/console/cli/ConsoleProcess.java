package dev.conductor.console.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code conductor-console.jar} as an operator would, with its own home directory. */
final class ConsoleProcess {

    static final Path JAR = Path.of("target", "conductor-console.jar");
    private final Path home;

    ConsoleProcess(Path home) {
        this.home = home;
    }

    record Result(int exitCode, String out, String err) {}

    Result run(String... args) throws IOException, InterruptedException {
        Process process = start(args);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("conductor-console " + String.join(" ", args) + " did not end within 3 min");
        }
        return new Result(process.exitValue(), read(home.resolve("out.txt")), read(home.resolve("err.txt")));
    }

    /** Starts it in the background; its output goes to {@code out.txt} and {@code err.txt} in the home. */
    Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(home.resolve("out.txt").toFile())
                .redirectError(home.resolve("err.txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().put("HOME", home.toString());
        builder.environment().remove("SSH_AUTH_SOCK");
        return builder.start();
    }

    String out() throws IOException {
        return read(home.resolve("out.txt"));
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
