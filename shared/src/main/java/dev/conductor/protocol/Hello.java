package dev.conductor.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The first message of each side. The agent fills {@code agentVersion}, {@code hostname} and
 * {@code capabilities}; the console fills {@code consoleVersion}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Hello(int protocol, String agentVersion, String consoleVersion, String hostname,
                    List<String> capabilities) implements Message {

    /** The protocol version this build speaks. */
    public static final int PROTOCOL = 1;
    /** The capability of agents that answer {@code functions.list} and send {@code function} events. */
    public static final String FUNCTIONS = "functions";

    public Hello {
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
    }

    public static Hello fromAgent(String version, String hostname, List<String> capabilities) {
        return new Hello(PROTOCOL, version, null, hostname, capabilities);
    }

    /** Whether the agent that sent this has {@code capability}. */
    public boolean can(String capability) {
        return capabilities.contains(capability);
    }

    public static Hello fromConsole(String version) {
        return new Hello(PROTOCOL, null, version, null, List.of());
    }
}
