package dev.conductor.agent.fleet.nats;

import java.time.Instant;

/**
 * A key's value at a revision.
 *
 * @param created when the server stored this revision (the server's clock, not the writer's)
 */
public record KvEntry(String key, byte[] value, long revision, Instant created) {

    public KvEntry {
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }
}
