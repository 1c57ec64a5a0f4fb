package dev.conductor.agent.function;

import java.util.concurrent.ThreadFactory;

/** Threads of the function manager: named for thread dumps, and never keeping the agent alive. */
final class DaemonThreads {

    private DaemonThreads() {}

    static ThreadFactory named(String name) {
        return task -> start(task, name, false);
    }

    /** A thread of its own, started. */
    static Thread start(Runnable task, String name) {
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
