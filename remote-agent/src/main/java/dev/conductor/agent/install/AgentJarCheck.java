package dev.conductor.agent.install;

import dev.conductor.agent.process.ExecResult;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.process.ProcessSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** Checks that a jar is an agent before {@code system update} installs it: its SHA-256 and its {@code --version}. */
final class AgentJarCheck {

    private static final String PREFIX = "conductor-agent ";

    private final ProcessRunner runner;
    private final String java;

    AgentJarCheck(ProcessRunner runner, String java) {
        this.runner = runner;
        this.java = java;
    }

    /** The version the jar reports, after checking {@code expectedSha256} when given. */
    String verify(Path jar, Optional<String> expectedSha256, InstallReport report) {
        if (!Files.isRegularFile(jar)) {
            throw new InstallException("system update: no jar at '" + jar + "'");
        }
        String sha256 = sha256(jar);
        if (expectedSha256.isPresent()) {
            if (!expectedSha256.get().strip().toLowerCase(Locale.ROOT).equals(sha256)) {
                throw new InstallException("system update: '" + jar + "' has SHA-256 " + sha256 + ", not the expected "
                        + expectedSha256.get());
            }
            report.unchanged("sha256", jar + " has the expected SHA-256 " + sha256);
        }
        ExecResult result = runner.run(ProcessSpec.of(java, "-jar", jar.toString(), "--version")
                .withTimeout(Duration.ofSeconds(30)));
        String out = result.stdout().strip();
        if (!result.succeeded() || !out.startsWith(PREFIX)) {
            throw new InstallException("system update: '" + jar + "' is not a conductor-agent jar: '" + java
                    + " -jar " + jar + " --version' exited " + result.exitCode() + " with '" + firstLine(out)
                    + "': " + result.outputTail());
        }
        String version = firstLine(out).substring(PREFIX.length());
        report.unchanged("new jar", jar + " is conductor-agent " + version + " (SHA-256 " + sha256 + ")");
        return version;
    }

    static String sha256(Path file) {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new InstallException("cannot read '" + file + "': " + e.getMessage(), e);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }
}
