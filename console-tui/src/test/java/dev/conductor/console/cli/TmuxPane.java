package dev.conductor.console.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A tmux session on this machine running one command, driven as an operator's terminal: keys in, screen out. */
final class TmuxPane implements AutoCloseable {

    private final String session;

    private TmuxPane(String session) {
        this.session = session;
    }

    /** Starts {@code command} (a shell line) in a new detached session of {@code columns} x {@code rows}. */
    static TmuxPane start(String session, int columns, int rows, String command) throws Exception {
        run("tmux", "kill-session", "-t", session);
        run("tmux", "new-session", "-d", "-s", session, "-x", String.valueOf(columns), "-y", String.valueOf(rows),
                command);
        return new TmuxPane(session);
    }

    void keys(String... keys) throws Exception {
        for (String key : keys) {
            run("tmux", "send-keys", "-t", session, key);
            Thread.sleep(300);
        }
    }

    void resize(int columns, int rows) throws Exception {
        run("tmux", "resize-window", "-t", session, "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    }

    /** The pane as text. */
    String screen() throws IOException, InterruptedException {
        return capture("-p");
    }

    /** The pane with its colours and attributes as escape sequences. */
    String screenWithEscapes() throws IOException, InterruptedException {
        return capture("-e", "-p");
    }

    /** Waits up to a minute for the text screen to satisfy {@code condition}, named {@code what} in the failure. */
    String await(String what, Predicate<String> condition) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String screen = screen();
        while (!condition.test(screen)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the pane never showed " + what + "; it shows:\n" + screen);
            }
            Thread.sleep(200);
            screen = screen();
        }
        return screen;
    }

    String await(String text) throws Exception {
        return await("'" + text + "'", screen -> screen.contains(text));
    }

    @Override
    public void close() throws Exception {
        run("tmux", "kill-session", "-t", session);
    }

    private String capture(String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "capture-pane"));
        command.addAll(List.of(options));
        command.addAll(List.of("-t", session));
        Process capture = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(capture.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        capture.waitFor(10, TimeUnit.SECONDS);
        return text;
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
