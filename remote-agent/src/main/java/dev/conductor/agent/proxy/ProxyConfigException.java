package dev.conductor.agent.proxy;

/** A proxy config template printed something that is not a valid list of snippets. */
public class ProxyConfigException extends ProxyException {

    private static final long serialVersionUID = 1L;

    public ProxyConfigException(String message) {
        super(message);
    }

    public ProxyConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
