package dev.conductor.agent.policy;

import java.util.regex.Pattern;

/** Names taken from untrusted input (an {@code alg}, a {@code kty}), fit to quote in a message or journal line. */
final class Names {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._+-]{1,32}");

    private Names() {
    }

    /** The name itself if it looks like one, else {@code ?}: a hostile value must not reach a log. */
    static String shown(String name) {
        return name != null && NAME.matcher(name).matches() ? name : "?";
    }
}
