package dev.conductor.agent.fleet.nats;

import io.nats.client.Connection;
import io.nats.client.ErrorListener;

/**
 * jnats' default listener prints every reconnect attempt with stack traces; the agent's stderr
 * is its journal, so this keeps one line per error and never the connection's options.
 */
final class QuietErrors implements ErrorListener {

    @Override
    public void errorOccurred(Connection connection, String error) {
        System.err.println("agent: nats: " + error);
    }

    @Override
    public void exceptionOccurred(Connection connection, Exception exp) {
        // reconnects are retried by jnats; the caller sees a failure as a NatsException
    }
}
