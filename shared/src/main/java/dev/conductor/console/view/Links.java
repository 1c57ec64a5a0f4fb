package dev.conductor.console.view;

import dev.conductor.console.link.AgentLink;
import java.util.Optional;

/** The live link to a host, for actions; empty while the host is not connected. */
@FunctionalInterface
public interface Links {

    Links NONE = host -> Optional.empty();

    Optional<AgentLink> link(String host);
}
