package dev.conductor.console.bootstrap;

import dev.conductor.console.ssh.CommandResult;
import dev.conductor.console.ssh.RemoteProcess;
import dev.conductor.console.ssh.SshConnection;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

/**
 * Installs the console's agent jar on a host: checks for Java 17+, uploads the jar over SFTP
 * into a fresh directory under /tmp, checks its SHA-256 there, runs
 * {@code java -jar conductor-agent.jar system install} (or, on a host that has the agent,
 * {@code conductor-agent system update}) and removes the upload.
 */
public final class AgentInstaller {

    public static final int REQUIRED_JAVA = 17;
    private static final Duration QUICK = Duration.ofSeconds(30);
    private static final String JAR_NAME = "conductor-agent.jar";

    private final Path agentJar;
    private final Duration installTimeout;

    /** @param installTimeout how long {@code system install} may take (it may start Caddy) */
    public AgentInstaller(Path agentJar, Duration installTimeout) {
        this.agentJar = agentJar;
        this.installTimeout = installTimeout;
    }

    /** @throws AgentInstallException if any step fails; the message names the host and the step */
    public void install(SshConnection host, InstallListener listener) {
        listener.javaChecked(checkJava(host));
        uploadAndRun(host, listener, remoteJar -> "java -jar " + remoteJar + " system install");
    }

    /**
     * Updates the agent installed on {@code host} to this jar with {@code conductor-agent system
     * update}, which checks the upload's SHA-256 again, refuses during a deploy and rolls back when
     * the new agent does not answer.
     *
     * @throws AgentInstallException if any step fails; the message names the host and the step
     */
    public void update(SshConnection host, InstallListener listener) {
        listener.javaChecked(checkJava(host));
        String sha256 = sha256(agentJar);
        uploadAndRun(host, listener, remoteJar -> "conductor-agent system update --jar " + remoteJar
                + " --sha256 " + sha256);
    }

    // Uploads the jar into a fresh directory under /tmp, checks it, runs the command on it, removes it.
    private void uploadAndRun(SshConnection host, InstallListener listener, UnaryOperator<String> command) {
        String dir = runOk(host, "mktemp -d /tmp/conductor-agent.XXXXXX").stdout().strip();
        try {
            String remoteJar = dir + "/" + JAR_NAME;
            long total = size();
            host.upload(agentJar, remoteJar, sent -> listener.uploaded(sent, total));
            verifyChecksum(host, remoteJar);
            runInstall(host, command.apply(remoteJar), listener);
            listener.done();
        } finally {
            host.run("rm -rf -- " + dir, QUICK);
        }
    }

    /** @throws AgentInstallException if the host has no Java, or one older than 17 */
    public JavaVersion checkJava(SshConnection host) {
        CommandResult result = host.run("java -version", QUICK);
        String output = result.stderr() + result.stdout();
        if (!result.succeeded()) {
            throw new AgentInstallException("the agent needs Java " + REQUIRED_JAVA + " or newer, but 'java -version'"
                    + " failed on " + host.describe() + " (exit status " + result.exitCode() + "): "
                    + result.stderrTail(1) + ". Install it there first, e.g. apt-get install openjdk-17-jre-headless");
        }
        JavaVersion java = JavaVersion.parse(output).orElseThrow(() -> new AgentInstallException(
                "cannot tell the Java version on " + host.describe() + " from 'java -version': '" + output.strip() + "'"));
        if (java.feature() < REQUIRED_JAVA) {
            throw new AgentInstallException("the agent needs Java " + REQUIRED_JAVA + " or newer, but "
                    + host.describe() + " has Java " + java.text() + " on its PATH");
        }
        return java;
    }

    private void verifyChecksum(SshConnection host, String remoteJar) {
        String remote = runOk(host, "sha256sum -- " + remoteJar).stdout().strip().split("\\s+")[0];
        String local = sha256(agentJar);
        if (!remote.equals(local)) {
            throw new AgentInstallException("the upload of " + agentJar + " to " + host.describe() + ":" + remoteJar
                    + " is corrupt: SHA-256 " + remote + " there, " + local + " here");
        }
    }

    private void runInstall(SshConnection host, String command, InstallListener listener) {
        try (RemoteProcess install = host.start(command)) {
            AtomicBoolean timedOut = new AtomicBoolean();
            CompletableFuture.delayedExecutor(installTimeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
                timedOut.set(install.isOpen());
                install.close(); // ends the output below
            });
            install.stdin().close();
            BufferedReader lines = new BufferedReader(new InputStreamReader(install.stdout(), StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                listener.installing(line);
            }
            int status = install.exitStatus(QUICK).orElse(-1);
            if (timedOut.get()) {
                throw new AgentInstallException("'" + command + "' on " + host.describe() + " did not finish within "
                        + installTimeout.toSeconds() + " s: " + install.stderrTail().strip());
            }
            if (status != 0) {
                throw new AgentInstallException("'" + command + "' on " + host.describe() + " exited with "
                        + status + ": " + install.stderrTail().strip());
            }
        } catch (IOException e) {
            throw new AgentInstallException("lost the output of '" + command + "' on " + host.describe(), e);
        }
    }

    private static CommandResult runOk(SshConnection host, String command) {
        CommandResult result = host.run(command, QUICK);
        if (!result.succeeded()) {
            throw new AgentInstallException("'" + command + "' on " + host.describe() + " exited with "
                    + result.exitCode() + ": " + result.stderrTail(3));
        }
        return result;
    }

    private long size() {
        try {
            return Files.size(agentJar);
        } catch (IOException e) {
            throw new AgentInstallException("cannot read the agent jar " + agentJar + ": " + e.getMessage(), e);
        }
    }

    static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new AgentInstallException("cannot read the agent jar " + file + ": " + e.getMessage(), e);
        }
    }
}
