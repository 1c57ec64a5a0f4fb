package dev.conductor.agent.proxy;

/** A snippet's {@code @id} already exists in Caddy's config and belongs to someone else. */
public class ProxyConflictException extends ProxyException {

    private static final long serialVersionUID = 1L;
    private final String atId;

    public ProxyConflictException(String atId, String message) {
        super(message);
        this.atId = atId;
    }

    /** The contested {@code @id}. */
    public String atId() {
        return atId;
    }
}
