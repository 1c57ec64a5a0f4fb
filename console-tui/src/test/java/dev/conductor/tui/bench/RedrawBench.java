package dev.conductor.tui.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.conductor.console.fleet.ConnectionState;
import dev.conductor.console.fleet.Fleet;
import dev.conductor.protocol.ServiceRow;
import dev.conductor.tui.ConsoleWindow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Redraw time of the services view with 100 rows under a burst of 1,000 fleet events, on
 * Lanterna's virtual terminal (80x24). The events arrive in batches; each sample is the time to
 * apply one batch to the fleet and let the GUI thread refresh and draw. Not a test: run it by hand.
 */
public final class RedrawBench {

    private static final int SERVICES = 100;
    private static final int BURST = 1_000;
    private static final int WARMUP_BURSTS = 5;
    private static final int MEASURED_BURSTS = 10;
    private static final String HOST = "h1";

    public static void main(String[] args) throws IOException {
        for (int batch : new int[] {1, 10, 100, 1_000}) {
            run(batch);
        }
    }

    private static void run(int batchSize) throws IOException {
        Fleet fleet = new Fleet();
        fleet.addHost(HOST);
        fleet.connection(HOST, ConnectionState.CONNECTED, "bench", "");
        fleet.resync(HOST, services(0), List.of(), List.of());
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        MultiWindowTextGUI gui = new MultiWindowTextGUI(new SameTextGUIThread.Factory(), screen);
        gui.addWindow(new ConsoleWindow(fleet));
        terminal.addInput(new KeyStroke('v', false, false)); // the services view, all 100 rows
        gui.getGUIThread().processEventsAndUpdate();
        Random random = new Random(42);
        for (int burst = 0; burst < WARMUP_BURSTS; burst++) {
            burst(fleet, gui, batchSize, random);
        }
        List<Long> samples = new ArrayList<>();
        for (int burst = 0; burst < MEASURED_BURSTS; burst++) {
            samples.addAll(burst(fleet, gui, batchSize, random));
        }
        report(batchSize, samples);
        screen.stopScreen();
    }

    /** One burst of 1,000 events in batches; returns each batch's apply-and-redraw time in ns. */
    private static List<Long> burst(Fleet fleet, MultiWindowTextGUI gui, int batchSize, Random random)
            throws IOException {
        List<Long> samples = new ArrayList<>();
        for (int sent = 0; sent < BURST; sent += batchSize) {
            long start = System.nanoTime();
            for (int i = 0; i < batchSize; i++) {
                fleet.service(HOST, service(random.nextInt(SERVICES), random.nextInt(1_000)));
            }
            gui.getGUIThread().processEventsAndUpdate();
            samples.add(System.nanoTime() - start);
        }
        return samples;
    }

    private static List<ServiceRow> services(int version) {
        List<ServiceRow> rows = new ArrayList<>();
        for (int i = 0; i < SERVICES; i++) {
            rows.add(service(i, version));
        }
        return rows;
    }

    /** A service row whose state and display column change with {@code version}. */
    private static ServiceRow service(int index, int version) {
        String name = String.format("svc-%03d", index);
        return new ServiceRow(name, name, "main", version % 3 == 0 ? "Stable" : "TryAgainNext", "",
                List.of(name + "-1"), Map.of("image", "app:" + version), null);
    }

    private static void report(int batchSize, List<Long> samples) {
        double[] ms = samples.stream().mapToDouble(ns -> ns / 1e6).sorted().toArray();
        double mean = Arrays.stream(ms).average().orElse(0);
        double p95 = ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.95) - 1)];
        double total = Arrays.stream(ms).sum() / MEASURED_BURSTS;
        System.out.printf("batch %5d events: %5d batches  mean %7.3f ms  p95 %7.3f ms  max %7.3f ms"
                + "  per 1,000-event burst %8.2f ms%n", batchSize, ms.length, mean, p95, ms[ms.length - 1], total);
    }
}
