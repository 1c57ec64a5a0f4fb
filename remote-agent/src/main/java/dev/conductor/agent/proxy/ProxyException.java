package dev.conductor.agent.proxy;

/** Proxy snippets could not be read, registered or removed; the message says which and why. */
public class ProxyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProxyException(String message) {
        super(message);
    }

    public ProxyException(String message, Throwable cause) {
        super(message, cause);
    }
}
