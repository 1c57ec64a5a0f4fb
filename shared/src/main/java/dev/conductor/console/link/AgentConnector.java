package dev.conductor.console.link;

/** Opens links to agents by destination ({@code user@host}, {@code host:port} or an ssh alias). */
@FunctionalInterface
public interface AgentConnector {

    /**
     * @throws LinkFailedException when the attempt failed; {@link LinkFailedException#retryable()}
     *     tells whether trying again later can help (a network error) or not (a refused host key)
     */
    AgentLink connect(String destination);
}
