package dev.conductor.agent.daemon;

import java.io.IOException;

/** What answers one path on the agent's socket. */
interface Route {

    void handle(HttpRequest request, Exchange exchange) throws IOException, InterruptedException;
}
