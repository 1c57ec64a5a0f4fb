package dev.conductor.console.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.ssh.HostKeyTrust;
import dev.conductor.console.ssh.SshConnection;
import dev.conductor.console.ssh.SshTestHome;
import dev.conductor.console.ssh.SshTransport;
import dev.conductor.sandbox.SandboxHost;
import dev.conductor.sandbox.SandboxScript;
import dev.conductor.sandbox.SandboxTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Five sandbox hosts (this class's and four booted here): connects and shakes hands with all of
 * them at once, and measures connect + handshake for docs/benchmarks.md.
 */
@SandboxTest
class ParallelConnectIT {

    private static final int ROUNDS = 5;
    private static final List<String> EXTRA = List.of("parallel-2", "parallel-3", "parallel-4", "parallel-5");
    private static SandboxHost first;
    private static final List<SandboxHost> HOSTS = new ArrayList<>();
    private static SandboxScript script;
    private static SshTransport transport;

    @BeforeAll
    static void bootTheOthers(@TempDir Path dir) {
        script = SandboxScript.locate();
        HOSTS.add(first);
        EXTRA.forEach(name -> HOSTS.add(script.up(name)));
        SshTestHome home = SshTestHome.create(dir);
        for (SandboxHost host : HOSTS) {
            home.authorize("id_ed25519", host);
            FakeAgentScript.install(host);
        }
        transport = new SshTransport(home.options(HostKeyTrust.ACCEPT_NEW));
    }

    @AfterAll
    static void downTheOthers() {
        if (transport != null) {
            transport.close();
        }
        EXTRA.forEach(script::down);
    }

    @Test
    void connectsAndShakesHandsWithFiveHostsAtOnce() {
        long firstMillis = timeMillis(() -> handshake(first));
        double login = median(() -> transport.connect("root@" + first.ip()).close());
        double exec;
        try (SshConnection connection = transport.connect("root@" + first.ip())) {
            exec = median(() -> connection.run("true", Duration.ofSeconds(10)));
        }
        double one = median(() -> handshake(first));
        double three = median(() -> all(HOSTS.subList(0, 3)));
        double five = median(() -> all(HOSTS));

        System.out.printf("BENCH connect+handshake (SSH ed25519 login, exec, agent hello; fake agent in python3):"
                + " first %d ms; 1 host %.0f ms; 3 hosts in parallel %.0f ms; 5 hosts in parallel %.0f ms"
                + " (median of %d). Parts: SSH connect+login %.0f ms, exec of 'true' %.0f ms%n",
                firstMillis, one, three, five, ROUNDS, login, exec);
        assertThat(five).as("parallel connects overlap instead of queueing").isLessThan(5 * one + 200);
    }

    private static void all(List<SandboxHost> hosts) {
        ExecutorService threads = Executors.newFixedThreadPool(hosts.size());
        try {
            List<CompletableFuture<String>> names = hosts.stream()
                    .map(host -> CompletableFuture.supplyAsync(() -> handshake(host), threads)).toList();
            assertThat(names.stream().map(CompletableFuture::join).toList())
                    .isEqualTo(hosts.stream().map(SandboxHost::name).toList());
        } finally {
            threads.shutdown();
        }
    }

    /** Connects, shakes hands and closes; returns the host name the agent said. */
    private static String handshake(SandboxHost host) {
        try (AgentSession session = AgentSession.start(transport.connect("root@" + host.ip()),
                FakeAgentScript.options("0.1.0"))) {
            return session.hello().hostname();
        }
    }

    private static double median(Runnable work) {
        double[] millis = IntStream.range(0, ROUNDS).mapToDouble(i -> timeMillis(work)).sorted().toArray();
        return millis[ROUNDS / 2];
    }

    private static long timeMillis(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
