package dev.conductor.console.cli;

import dev.conductor.console.link.AgentLink;
import dev.conductor.console.ssh.SshConnection;
import dev.conductor.protocol.method.EventNames;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NoParams;
import dev.conductor.protocol.method.NoResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: measures the connection layer against real hosts and prints the numbers:
 * connect + handshake per host and in parallel, {@code services.list} round trips, and the
 * latency from a unit state change on the host to the event reaching this console.
 */
@Command(name = "bench", hidden = true, mixinStandardHelpOptions = true,
        description = "Measure connect, request round trips and event latency against the --hosts.")
final class BenchCommand extends RemoteCommand implements Runnable {

    @Option(names = "--requests", defaultValue = "20", description = "Service listing round trips to time.")
    int requests;

    @Option(names = "--events", defaultValue = "10", description = "Unit restarts to time (0: none).")
    int events;

    @Option(names = "--unit", defaultValue = "conductor-deployment@hello-r1.service",
            description = "The deployment unit to stop and start again for event latency (on the first host).")
    String unit;

    @Override
    public void run() {
        try (Consoles consoles = consoles()) {
            List<Double> sequential = new ArrayList<>();
            for (String host : consoles.hosts()) {
                long start = System.nanoTime();
                consoles.connect(host).close();
                sequential.add(millis(start));
            }
            say("connect+handshake, one host at a time (ms): " + sequential);
            long start = System.nanoTime();
            consoles.connectAll().values().forEach(link -> {
                if (link instanceof AgentLink agent) {
                    agent.close();
                }
            });
            say("connect+handshake, " + consoles.hosts().size() + " hosts in parallel (ms): " + round(millis(start)));
            String host = consoles.hosts().get(0);
            try (AgentLink link = consoles.connect(host)) {
                roundTrips(link);
                if (events > 0) {
                    eventLatency(consoles, host, link);
                }
            }
        }
    }

    private void roundTrips(AgentLink link) {
        List<Double> times = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            rows = await(link.call(MethodNames.SERVICES_LIST, NoParams.NONE)).services().size();
            times.add(millis(start));
        }
        say(MethodNames.SERVICES_LIST + " with " + rows + " services, " + requests + " round trips: " + percentiles(times));
    }

    private void eventLatency(Consoles consoles, String host, AgentLink link) {
        LinkedBlockingQueue<Long> arrivals = new LinkedBlockingQueue<>();
        AgentLink.Stream<NoResult> stream = link.stream(MethodNames.EVENTS_SUBSCRIBE, NoParams.NONE, event -> {
            if (EventNames.DEPLOYMENT.equals(event.event()) || EventNames.SERVICE.equals(event.event())) {
                arrivals.add(System.currentTimeMillis());
            }
        });
        List<Double> latencies = new ArrayList<>();
        try (SshConnection shell = consoles.transport().connect(host)) {
            pause(3000);
            arrivals.clear();
            for (int i = 0; i < events; i++) {
                // sandbox hosts share this machine's clock: the host stamps the moment of the change
                String action = i % 2 == 0 ? "stop" : "start";
                String stamp = shell.run("date +%s%3N; systemctl " + action + " " + unit, Duration.ofSeconds(60))
                        .stdout().strip();
                long changed = Long.parseLong(stamp.lines().findFirst().orElseThrow());
                Long arrived = arrivals.poll(10, TimeUnit.SECONDS);
                if (arrived != null) {
                    latencies.add((double) (arrived - changed));
                }
                pause(1000);
                arrivals.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stream.cancel();
        }
        say("event latency, unit stop or start on the host to first event here, " + latencies.size() + "/" + events
                + " seen: " + percentiles(latencies));
    }

    private static String percentiles(List<Double> values) {
        if (values.isEmpty()) {
            return "no samples";
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return "p50 " + round(sorted.get((sorted.size() - 1) / 2)) + " ms, p95 "
                + round(sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1)) + " ms, max "
                + round(sorted.get(sorted.size() - 1)) + " ms";
    }

    private void say(String line) {
        out().println(line);
        out().flush();
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
