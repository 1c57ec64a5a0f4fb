package dev.conductor.agent.fleet;

/** The NATS subject on which the CA host's agent answers joining hosts. */
final class JoinProtocol {

    static final String SUBJECT = "conductor.join";

    private JoinProtocol() {}
}
