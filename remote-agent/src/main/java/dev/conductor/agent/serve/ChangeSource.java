package dev.conductor.agent.serve;

import java.util.Set;
import java.util.function.Consumer;

/** Something that notices when rows may have changed: systemd, Podman, the service directories. */
interface ChangeSource extends AutoCloseable {

    /** Starts watching; {@code changed} hears which kinds of rows to recompute, from any thread. */
    void start(Consumer<Set<RowKind>> changed);

    /** Stops watching and ends any process or thread it started. */
    @Override
    void close();
}
