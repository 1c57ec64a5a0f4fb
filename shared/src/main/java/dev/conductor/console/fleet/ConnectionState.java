package dev.conductor.console.fleet;

/** How a console's link to one host stands. */
public enum ConnectionState {
    /** Connecting or handshaking for the first time. */
    CONNECTING,
    /** Connected; the host's services and deployments are live. */
    CONNECTED,
    /** The link dropped; shown data is the last known, and a reconnect is scheduled. */
    DISCONNECTED,
    /** The host cannot be used until someone acts: host key refused, agent missing, auth failed. */
    FAILED
}
