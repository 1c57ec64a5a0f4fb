package dev.conductor.agent.fleet;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The join request and reply, as JSON on {@value JoinProtocol#SUBJECT}. */
final class JoinMessages {

    private JoinMessages() {}

    /** A joining host asks: its invite's secret, its name and address, and a CSR for its own key. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Request(String secret, String host, String address, String csr) {}

    /** The answer: an error, or {@link Grant} sealed with the invite's secret (base64). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Reply(String error, String sealed) {}

    /** What the joiner needs: its signed certificate, the credentials, and the servers to route to. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Grant(String cert, String agentPassword, String joinPassword, String clusterName, List<String> routes) {
        Grant {
            routes = routes == null ? List.of() : List.copyOf(routes);
        }
    }
}
