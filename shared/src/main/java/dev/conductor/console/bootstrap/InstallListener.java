package dev.conductor.console.bootstrap;

/** Progress of an agent install, in order; called on the installing thread. */
public interface InstallListener {

    InstallListener NONE = new InstallListener() { };

    /** The host's Java is good enough. */
    default void javaChecked(JavaVersion java) {
    }

    /** {@code sent} of {@code total} bytes of the agent jar are on their way. */
    default void uploaded(long sent, long total) {
    }

    /** A line printed by {@code system install} (one per step it took). */
    default void installing(String line) {
    }

    /** The agent is installed. */
    default void done() {
    }
}
