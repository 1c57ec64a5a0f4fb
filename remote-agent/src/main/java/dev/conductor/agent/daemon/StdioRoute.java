package dev.conductor.agent.daemon;

import java.io.IOException;

/**
 * {@code POST /v1/stdio} with {@code Upgrade: conductor-stdio}: from then on the connection
 * carries a console's protocol session, which {@code serve --stdio} bridges from SSH. Every
 * console so shares the agent's one event feed.
 */
final class StdioRoute implements Route {

    static final String PROTOCOL = "conductor-stdio";
    private final StdioSession session;

    StdioRoute(StdioSession session) {
        this.session = session;
    }

    @Override
    public void handle(HttpRequest request, Exchange exchange) throws IOException {
        if (!PROTOCOL.equalsIgnoreCase(request.headers().getOrDefault("upgrade", ""))) {
            throw new BadHttpException(400, "/v1/stdio needs 'Upgrade: " + PROTOCOL + "'");
        }
        session.serve(exchange.in(), exchange.upgrade(PROTOCOL));
    }
}
