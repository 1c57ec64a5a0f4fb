package dev.conductor.gui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import javafx.application.Platform;

/**
 * FX-thread cost of fleet events in the real main window (1280x800, 100 services), headless
 * under Monocle with Prism's software pipeline. Each round applies a batch of service changes
 * from this (background) thread in one burst, as a host connection would, then waits until the
 * window has refreshed and the next pulse has laid it out. Not a test: run it by hand (see
 * docs/benchmarks.md).
 */
public final class RefreshBench {

    private static final int WARMUP_ROUNDS = 50;
    private static final int ROUNDS = 200;
    private static final int SETTLE_MILLIS = 25;

    public static void main(String[] args) throws Exception {
        headless();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false); // each batch size gets a fresh window; closing the last must not end FX
        Path home = Files.createTempDirectory("gui-bench");
        System.out.printf("%d services, %d rounds per batch size after %d warm-up rounds and a warm-up pass%n",
                BenchFleet.SERVICES, ROUNDS, WARMUP_ROUNDS);
        int[] batches = {1, 10, 100, 1_000};
        for (int batch : batches) { // a first pass for the JIT, so that no batch size pays for the others' warm-up
            run(batch, home, false);
        }
        for (int batch : batches) {
            run(batch, home, true);
        }
        Platform.exit();
    }

    /** Monocle's headless glass unless the command line says otherwise: no display needed. */
    private static void headless() {
        System.getProperties().putIfAbsent("glass.platform", "Monocle");
        System.getProperties().putIfAbsent("monocle.platform", "Headless");
        System.getProperties().putIfAbsent("prism.order", "sw");
    }

    private static void run(int batch, Path home, boolean report) throws Exception {
        BenchFleet fleet = new BenchFleet();
        BenchWindow window = onFx(() -> new BenchWindow(fleet.fleet(), home));
        PulseWatch pulses = onFx(() -> new PulseWatch(window.scene()));
        long fxThread = onFx(() -> Thread.currentThread().getId());
        Meter meter = new Meter(fxThread, renderThread(), window.refresher(), pulses);
        pulses.awaitLaidOut();
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            round(batch, fleet, pulses, meter);
        }
        List<Round> rounds = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            rounds.add(round(batch, fleet, pulses, meter));
        }
        if (report) {
            report(batch, rounds);
        }
        onFx(() -> {
            window.close();
            return null;
        });
    }

    private static Round round(int batch, BenchFleet fleet, PulseWatch pulses, Meter meter) throws Exception {
        Meter.Reading before = meter.read();
        long start = System.nanoTime();
        fleet.burst(batch);
        long applied = System.nanoTime();
        long laidOut = pulses.awaitLaidOut();
        // the render thread paints the frame after the pulse: let it finish, so that its CPU time
        // counts in this round and it does not compete with the next round for the 2 cores
        Thread.sleep(SETTLE_MILLIS);
        return new Round(meter.read().minus(before), applied - start, laidOut - start);
    }

    /**
     * What one batch cost. {@code burstNanos}: applying the events to the fleet on this thread;
     * {@code latencyNanos}: from the first event to the end of layout in the pulse that showed the last.
     */
    private record Round(Meter.Reading cost, long burstNanos, long latencyNanos) {}

    private static void report(int batch, List<Round> rounds) {
        Map<Long, Long> refreshes = rounds.stream().collect(
                Collectors.groupingBy(r -> r.cost().refreshes(), TreeMap::new, Collectors.counting()));
        System.out.printf("%nbatch of %d events: refreshes per batch %s (count: rounds), pulses per batch mean %.2f%n",
                batch, refreshes, rounds.stream().mapToLong(r -> r.cost().pulses()).average().orElse(0));
        line("applying the burst (background thread, wall)", rounds, Round::burstNanos);
        line("MainView.refresh, all refreshes of the batch", rounds, r -> r.cost().refreshNanos());
        line("CSS + layout in the pulses of the batch", rounds, r -> r.cost().layoutNanos());
        line("FX thread CPU time, whole batch", rounds, r -> r.cost().fxCpuNanos());
        line("first event to laid out (wall)", rounds, Round::latencyNanos);
        System.out.printf("  %-46s mean %7.2f ms%n", "render thread CPU time (not the FX thread)",
                Percentiles.of(values(rounds, r -> r.cost().renderCpuNanos())).mean());
    }

    private static void line(String what, List<Round> rounds, ToLongFunction<Round> value) {
        System.out.printf("  %-46s %s%n", what, Percentiles.of(values(rounds, value)));
    }

    private static long[] values(List<Round> rounds, ToLongFunction<Round> value) {
        return rounds.stream().mapToLong(value).toArray();
    }

    /** The thread Prism paints on, or -1 if there is none to measure. */
    private static long renderThread() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("QuantumRenderer"))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
