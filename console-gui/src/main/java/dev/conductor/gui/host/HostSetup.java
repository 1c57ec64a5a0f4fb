package dev.conductor.gui.host;

import dev.conductor.console.bootstrap.AgentInstaller;
import dev.conductor.console.ssh.Destination;
import dev.conductor.console.ssh.HostKey;
import dev.conductor.console.ssh.HostKeyTrust;
import dev.conductor.console.ssh.SshConnection;
import dev.conductor.console.ssh.SshOptions;
import dev.conductor.console.ssh.SshTransport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The wizard's SSH work, on a thread of its own: connects (putting an unknown host key to the
 * wizard's page rather than a dialog), looks for the agent and installs it, reporting each
 * step to the model on the FX thread.
 */
final class HostSetup implements AutoCloseable {

    /** Login waits while the user reads the fingerprint; the host's LoginGraceTime still bounds it. */
    private static final Duration QUESTION_TIME = Duration.ofMinutes(2);
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);

    private final SshOptions options;
    private final Optional<Path> agentJar;
    private final AddHostModel model;
    private final Executor fx;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "add-host");
        thread.setDaemon(true);
        return thread;
    });
    private SshTransport transport;
    private SshConnection connection;
    // the agent version connect found; written and read on the worker thread only
    private Optional<String> found = Optional.empty();

    HostSetup(SshOptions options, Optional<Path> agentJar, AddHostModel model, Executor fx) {
        Duration auth = options.authTimeout().compareTo(QUESTION_TIME) > 0 ? options.authTimeout() : QUESTION_TIME;
        this.options = options.withTrust(this::ask).withTimeouts(options.connectTimeout(), auth);
        this.agentJar = agentJar;
        this.model = model;
        this.fx = fx;
    }

    /** Logs in to {@code destination} and looks for the agent there. */
    void connect(Destination destination) {
        worker.execute(() -> step(() -> {
            closeConnection();
            connection = transport().connect(destination);
            fx.execute(model::connected);
            Optional<String> version = AgentProbe.version(connection);
            found = version;
            fx.execute(() -> model.agentChecked(version));
        }));
    }

    /**
     * Installs the agent over the connection made by {@link #connect}, or updates the (older) one
     * found there with {@code system update}, then asks it for its version.
     */
    void install() {
        Path jar = agentJar.orElseThrow(() -> new IllegalStateException("no agent jar to install"));
        worker.execute(() -> step(() -> {
            AgentInstaller installer = new AgentInstaller(jar, INSTALL_TIMEOUT);
            FxInstallListener listener = new FxInstallListener(fx, model.installProgress());
            if (found.isPresent()) {
                installer.update(connection, listener);
            } else {
                installer.install(connection, listener);
            }
            Optional<String> version = AgentProbe.version(connection);
            fx.execute(() -> model.installed(version));
        }));
    }

    private void step(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            fx.execute(() -> model.failed(reason));
        }
    }

    /** Called on an SSH I/O thread: waits for the page's Trust or Reject. */
    private HostKeyTrust.Decision ask(String host, int port, HostKey key) {
        CompletableFuture<HostKeyTrust.Decision> answer = new CompletableFuture<>();
        fx.execute(() -> model.askKey(new KeyQuestion(host, port, key), answer));
        return HostKeyTrust.await(answer);
    }

    private SshTransport transport() {
        if (transport == null) {
            transport = new SshTransport(options);
        }
        return transport;
    }

    private void closeConnection() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    @Override
    public void close() {
        if (worker.isShutdown()) {
            return;
        }
        worker.execute(() -> { // after the step in progress, which a closed connection would only garble
            closeConnection();
            if (transport != null) {
                transport.close();
            }
        });
        worker.shutdown();
    }
}
