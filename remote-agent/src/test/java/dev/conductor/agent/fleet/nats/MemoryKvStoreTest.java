package dev.conductor.agent.fleet.nats;

import java.time.Clock;

/** The KV contract against the in-memory fake, so that unit tests of logic rely on real rules. */
class MemoryKvStoreTest extends KvStoreContract {

    private final MemoryKvStore store = new MemoryKvStore(Clock.systemUTC());

    @Override
    protected KvStore store() {
        return store;
    }
}
