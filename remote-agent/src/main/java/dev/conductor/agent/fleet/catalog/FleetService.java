package dev.conductor.agent.fleet.catalog;

import java.time.Instant;

/**
 * A service as the fleet knows it: its current version, stored in the KV bucket
 * {@value FleetCatalog#BUCKET} under its name.
 *
 * @param version counts pushes that changed it, from 1
 * @param digest the SHA-256 of its bundle, which names the object in {@value FleetCatalog#STORE}
 * @param bytes the bundle's size
 * @param pushedBy the host that pushed it
 */
public record FleetService(String name, long version, String digest, long bytes, Instant pushedAt, String pushedBy) {

    /** The object holding this version's bundle. */
    public String object() {
        return name + "/" + digest;
    }
}
