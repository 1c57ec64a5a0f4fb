package dev.conductor.agent.function;

import java.nio.channels.SocketChannel;

/** Serves one of Caddy's connections, one request, holding a slot the caller took and giving it back. */
interface SingleExchange extends AutoCloseable {

    void serve(SocketChannel connection);

    @Override
    void close();
}
