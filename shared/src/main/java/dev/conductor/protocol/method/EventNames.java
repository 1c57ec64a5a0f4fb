package dev.conductor.protocol.method;

/** The event names of docs/protocol.md. */
public final class EventNames {

    /** {@link ProgressEvent}, of deploys, rollbacks, config sets and reloads. */
    public static final String PROGRESS = "progress";
    /** {@link OutputEvent}, of {@code command.run}. */
    public static final String OUTPUT = "output";
    /** {@link LogLine}, of {@code logs.follow}. */
    public static final String LINE = "line";
    /** A {@link dev.conductor.protocol.ServiceRow}, of {@code events.subscribe}. */
    public static final String SERVICE = "service";
    /** A {@link dev.conductor.protocol.DeploymentRow}, of {@code events.subscribe}. */
    public static final String DEPLOYMENT = "deployment";
    /** A {@link dev.conductor.protocol.FunctionRow}, of {@code events.subscribe}: sent at most once a second. */
    public static final String FUNCTION = "function";
    /** {@link RemovedEvent}, of {@code events.subscribe}. */
    public static final String REMOVED = "removed";

    private EventNames() {}
}
