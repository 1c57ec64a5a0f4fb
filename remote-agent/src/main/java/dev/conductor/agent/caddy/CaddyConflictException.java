package dev.conductor.agent.caddy;

/** Caddy's config changed between our read and our write (HTTP 412 on If-Match). */
public class CaddyConflictException extends CaddyException {

    private static final long serialVersionUID = 1L;

    public CaddyConflictException(String message) {
        super(message);
    }
}
