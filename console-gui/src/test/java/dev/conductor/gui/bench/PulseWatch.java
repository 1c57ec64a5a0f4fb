package dev.conductor.gui.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Watches a scene's pulses: how long CSS and layout took in each (from the pre-layout to the
 * post-layout listener), and when the changes queued so far were laid out. Create it on the FX
 * thread; wait on it from another.
 */
final class PulseWatch {

    private static final long TIMEOUT_SECONDS = 10;

    private final AtomicLong layoutNanos = new AtomicLong();
    private final AtomicLong pulses = new AtomicLong();
    private long pulseStart; // FX thread only
    private volatile CountDownLatch waiting;
    private volatile long laidOutAt;

    PulseWatch(Scene scene) {
        scene.addPreLayoutPulseListener(() -> pulseStart = System.nanoTime());
        scene.addPostLayoutPulseListener(this::laidOut);
    }

    long layoutNanos() {
        return layoutNanos.get();
    }

    long pulses() {
        return pulses.get();
    }

    /**
     * Waits until every task queued on the FX thread so far has run (the window's refreshes
     * among them), then until the next pulse has laid the scene out and synced it to the
     * renderer. Returns {@link System#nanoTime()} at the end of that pulse's layout.
     */
    long awaitLaidOut() throws InterruptedException {
        CountDownLatch armed = new CountDownLatch(1);
        Platform.runLater(() -> {
            waiting = armed;
            Platform.requestNextPulse(); // a pulse even if nothing visible changed, so the wait ends
        });
        await(armed, "a pulse");
        // the pulse goes on after layout (it syncs the nodes to the renderer); a task queued now runs after it
        CountDownLatch after = new CountDownLatch(1);
        Platform.runLater(after::countDown);
        await(after, "the end of the pulse");
        return laidOutAt;
    }

    private void laidOut() {
        long now = System.nanoTime();
        layoutNanos.addAndGet(now - pulseStart);
        pulses.incrementAndGet();
        CountDownLatch armed = waiting;
        if (armed != null) {
            waiting = null;
            laidOutAt = now;
            armed.countDown();
        }
    }

    private static void await(CountDownLatch latch, String what) throws InterruptedException {
        if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no " + what + " on the FX thread within " + TIMEOUT_SECONDS + " s");
        }
    }
}
