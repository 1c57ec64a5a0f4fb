package dev.conductor.gui.bench;

import dev.conductor.gui.FleetRefresher;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Reads the counters a round is measured by: the window's refreshes and their time, CSS and
 * layout time in pulses, and the CPU time of the FX thread and of the render thread (which
 * paints with Prism's software pipeline, off the FX thread).
 */
final class Meter {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long fxThread;
    private final long renderThread;
    private final FleetRefresher refresher;
    private final PulseWatch pulses;

    Meter(long fxThread, long renderThread, FleetRefresher refresher, PulseWatch pulses) {
        if (!threads.isThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure a thread's CPU time");
        }
        threads.setThreadCpuTimeEnabled(true);
        this.fxThread = fxThread;
        this.renderThread = renderThread;
        this.refresher = refresher;
        this.pulses = pulses;
    }

    Reading read() {
        return new Reading(refresher.refreshes(), refresher.refreshNanos(), pulses.pulses(), pulses.layoutNanos(),
                threads.getThreadCpuTime(fxThread), renderThread < 0 ? 0 : threads.getThreadCpuTime(renderThread));
    }

    /** Counter values at one moment; {@link #minus} gives what a round added. All times in ns. */
    record Reading(long refreshes, long refreshNanos, long pulses, long layoutNanos, long fxCpuNanos,
                   long renderCpuNanos) {

        Reading minus(Reading before) {
            return new Reading(refreshes - before.refreshes, refreshNanos - before.refreshNanos,
                    pulses - before.pulses, layoutNanos - before.layoutNanos, fxCpuNanos - before.fxCpuNanos,
                    renderCpuNanos - before.renderCpuNanos);
        }
    }
}
