package dev.conductor.agent.fleet.nats;

/** The bucket (a JetStream stream) does not exist, or JetStream cannot tell yet. */
public class BucketMissingException extends NatsException {

    private static final long serialVersionUID = 1L;

    public BucketMissingException(String message, Throwable cause) {
        super(message, cause);
    }
}
