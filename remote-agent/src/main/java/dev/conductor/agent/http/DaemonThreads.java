package dev.conductor.agent.http;

import java.util.concurrent.ThreadFactory;

/** Threads of the agent's sockets (functions, auth): named for thread dumps, never keeping the agent alive. */
public final class DaemonThreads {

    private DaemonThreads() {}

    public static ThreadFactory named(String name) {
        return task -> start(task, name, false);
    }

    /** A thread of its own, started. */
    public static Thread start(Runnable task, String name) {
        return start(task, name, true);
    }

    private static Thread start(Runnable task, String name, boolean started) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        if (started) {
            thread.start();
        }
        return thread;
    }
}
