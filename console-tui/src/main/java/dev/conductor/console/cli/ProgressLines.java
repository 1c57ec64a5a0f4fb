package dev.conductor.console.cli;

import dev.conductor.console.bootstrap.InstallListener;
import dev.conductor.console.bootstrap.JavaVersion;
import java.io.PrintWriter;

/** An agent install's or update's progress as lines prefixed with the host: what install-agent and update-agent print. */
final class ProgressLines implements InstallListener {

    private final PrintWriter out;
    private final String host;
    private final String doneLine;

    ProgressLines(PrintWriter out, String host, String doneLine) {
        this.out = out;
        this.host = host;
        this.doneLine = doneLine;
    }

    @Override
    public void javaChecked(JavaVersion java) {
        say("java " + java.text());
    }

    @Override
    public void uploaded(long sent, long total) {
        if (sent == total) {
            say("uploaded " + total + " bytes");
        }
    }

    @Override
    public void installing(String line) {
        say(line);
    }

    @Override
    public void done() {
        say(doneLine);
    }

    private void say(String line) {
        out.println(host + ": " + line);
        out.flush();
    }
}
