package dev.conductor.agent.serve;

import dev.conductor.agent.process.ProcessStartException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A change source fed by a command that prints one line per event and runs forever, such as
 * {@code journalctl -f} or {@code podman events}. Should the command end, it is started again
 * with a growing pause, and every row is recomputed for what it missed meanwhile.
 */
final class CommandWatcher implements ChangeSource {

    private static final long FIRST_PAUSE_MILLIS = 1_000;
    private static final long LAST_PAUSE_MILLIS = 30_000;
    private final String name;
    private final List<String> command;
    private final Function<String, Set<RowKind>> classifier;
    private volatile boolean open;
    private volatile ChildProcess child;
    private Thread thread;

    /** @param classifier the kinds of rows a line of output concerns; empty to ignore it */
    CommandWatcher(String name, List<String> command, Function<String, Set<RowKind>> classifier) {
        this.name = name;
        this.command = List.copyOf(command);
        this.classifier = classifier;
    }

    @Override
    public void start(Consumer<Set<RowKind>> changed) {
        open = true;
        thread = new Thread(() -> watch(changed), "serve-watch-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        open = false;
        ChildProcess running = child;
        if (running != null) {
            running.kill();
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void watch(Consumer<Set<RowKind>> changed) {
        long pause = FIRST_PAUSE_MILLIS;
        while (open) {
            try {
                long started = System.nanoTime();
                run(changed);
                pause = System.nanoTime() - started > LAST_PAUSE_MILLIS * 1_000_000 ? FIRST_PAUSE_MILLIS : pause;
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                return;
            }
            pause = Math.min(pause * 2, LAST_PAUSE_MILLIS);
            changed.accept(EnumSet.allOf(RowKind.class));
        }
    }

    private void run(Consumer<Set<RowKind>> changed) throws InterruptedException {
        try {
            child = ChildProcess.start(command, null, Map.of());
        } catch (ProcessStartException e) {
            System.err.println("serve: " + name + " watcher cannot start: " + e.getMessage());
            return;
        }
        if (!open) {
            child.kill();
            return;
        }
        int exit = child.lines(line -> {
            Set<RowKind> kinds = classifier.apply(line);
            if (!kinds.isEmpty()) {
                changed.accept(kinds);
            }
        });
        if (open) {
            System.err.println("serve: " + name + " watcher " + String.join(" ", command) + " ended with exit code "
                    + exit + ": " + child.stderrTail() + "; starting it again");
        }
    }
}
