package dev.conductor.agent.proxy;

import com.fasterxml.jackson.databind.JsonNode;

/** Short quotations of bad input for messages; a template may print pages. */
final class Quote {

    private static final int LIMIT = 200;

    private Quote() {
    }

    static String json(JsonNode node) {
        return text(node.toString());
    }

    static String text(String text) {
        String shown = text.length() > LIMIT ? text.substring(0, LIMIT) + "..." : text;
        return "'" + shown + "'";
    }
}
