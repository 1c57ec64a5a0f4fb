package dev.conductor.agent.secret;

import java.time.Instant;

/**
 * A secret as listings show it: its key and when it was last set, never its value.
 *
 * @param key the variable name the secret reaches templates, hooks, commands and functions as
 * @param set when it was last set
 */
public record SecretEntry(String key, Instant set) {}
