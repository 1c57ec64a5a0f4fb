package dev.conductor.agent.fleet.nats;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A KV bucket: its name, on how many servers each value is kept, and how long a value lives
 * unless it is written again ({@link Duration#ZERO}: forever). nats-server 2.9 has no per-key TTL,
 * so a heartbeat is a bucket max age and a refresh.
 */
public record BucketSpec(String name, int replicas, Duration maxAge) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public BucketSpec {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bucket name '" + name + "' is not 1 to 64 letters, digits, '_' or '-'");
        }
        if (replicas < 1 || replicas > 5) {
            throw new IllegalArgumentException("bucket " + name + ": replicas " + replicas + " is not 1 to 5");
        }
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("bucket " + name + ": negative max age " + maxAge);
        }
    }
}
