package dev.conductor.agent.fleet.nats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real nats-server with JetStream on loopback, on a free port, in a temporary directory: for
 * contract tests of the fleet's adapters and any test that needs a server. It fails (never skips)
 * when nats-server is missing: installers/run-tests installs it.
 */
public final class NatsServerProcess implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/sbin/nats-server");
    public static final String USER = "conductor-test";
    public static final String PASSWORD = "test-password-not-secret";
    private static final Duration READY = Duration.ofSeconds(10);

    private final Process process;
    private final Path directory;
    private final int port;

    private NatsServerProcess(Process process, Path directory, int port) {
        this.process = process;
        this.directory = directory;
        this.port = port;
    }

    /** Starts the server and waits until its port answers. */
    public static NatsServerProcess start() {
        try {
            return launch(freePort(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + BINARY, e);
        }
    }

    /** Starts {@code size} servers routed to each other on loopback: a JetStream cluster once they have met. */
    public static List<NatsServerProcess> cluster(int size) {
        try {
            List<Integer> routes = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                routes.add(freePort());
            }
            List<NatsServerProcess> servers = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                servers.add(launch(freePort(), List.of("--name", "test-" + i, "--cluster_name", "test",
                        "--cluster", "nats://127.0.0.1:" + routes.get(i), "--routes", routes.stream()
                                .map(port -> "nats://127.0.0.1:" + port).collect(Collectors.joining(",")))));
            }
            return servers;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a cluster of " + BINARY, e);
        }
    }

    private static NatsServerProcess launch(int port, List<String> extra) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            throw new AssertionError(BINARY + " is missing: apt-get install nats-server (installers/run-tests does)");
        }
        Path directory = Files.createTempDirectory("conductor-nats-");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "-a", "127.0.0.1", "-p",
                Integer.toString(port), "-js", "-sd", directory.resolve("store").toString(), "--user", USER,
                "--pass", PASSWORD));
        command.addAll(extra);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve("server.log").toFile()).start();
        NatsServerProcess server = new NatsServerProcess(process, directory, port);
        server.awaitPort();
        return server;
    }

    /**
     * Stops the process without closing its sockets (SIGSTOP), as a powered-off host looks to the
     * others: connections that stay up and answer nothing.
     */
    public void freeze() {
        signal("-STOP");
    }

    public void thaw() {
        signal("-CONT");
    }

    private void signal(String signal) {
        try {
            int exit = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start().waitFor();
            if (exit != 0) {
                throw new AssertionError("kill " + signal + " " + process.pid() + " exited " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** How a client reaches this server. */
    public NatsEndpoint endpoint() {
        return new NatsEndpoint(List.of("nats://127.0.0.1:" + port), USER, PASSWORD, "");
    }

    public int port() {
        return port;
    }

    private void awaitPort() throws IOException {
        Instant deadline = Instant.now().plus(READY);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("nats-server exited " + process.exitValue() + ": " + log());
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new AssertionError("nats-server not answering on 127.0.0.1:" + port + " after " + READY.toSeconds()
                + " s: " + log());
    }

    private String log() throws IOException {
        return Files.readString(directory.resolve("server.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            thaw(); // a frozen process does not act on SIGTERM until it runs again
        }
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
