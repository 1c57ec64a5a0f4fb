package dev.conductor.agent.cli;

import dev.conductor.agent.deploy.DeployListener;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints deploy steps with elapsed time as they happen, and keeps them for {@code --json}. */
final class ProgressPrinter implements DeployListener {

    /** One step as {@code --json} reports it. */
    record Step(double seconds, String step, String detail) {}

    private final PrintWriter out;
    private final boolean quiet;
    private final long started = System.nanoTime();
    private final List<Step> steps = new ArrayList<>();

    ProgressPrinter(PrintWriter out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    @Override
    public synchronized void step(String step, String detail) {
        double seconds = (System.nanoTime() - started) / 1e9;
        steps.add(new Step(Math.round(seconds * 1000) / 1000.0, step, detail));
        if (!quiet) {
            out.printf("[%6.2fs] %-11s %s%n", seconds, step, detail);
            out.flush();
        }
    }

    synchronized List<Step> steps() {
        return List.copyOf(steps);
    }
}
