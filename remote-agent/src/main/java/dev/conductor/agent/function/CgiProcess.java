package dev.conductor.agent.function;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/** A cgi script started for one request: its stdin (closing it is the body's end), its stdout, its end. */
interface CgiProcess {

    OutputStream stdin();

    InputStream stdout();

    /** Kills the script and whatever it started; its stdout then ends. */
    void kill();

    /**
     * After its answer: ends the script if it is still there and lets go of its streams. No search
     * for its children, which reads all of /proc: a script that answered has had its chance.
     */
    void end();

    /** Starts a function's scripts, one per request. */
    interface Starter extends AutoCloseable {

        /** Starts the script with exactly {@code environment} (the agent's PATH and such included). */
        CgiProcess start(Map<String, String> environment) throws IOException;

        @Override
        void close();
    }
}
