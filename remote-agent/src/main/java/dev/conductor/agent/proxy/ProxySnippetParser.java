package dev.conductor.agent.proxy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what a proxy config template printed: a JSON array of
 * {@code {"id": ..., "config": {...}, "register_only": false}}, where {@code mount_point} is
 * accepted for {@code id}. Empty output means no snippets.
 */
public final class ProxySnippetParser {

    // Trailing tokens would mean the template printed two documents, or a stray debug line.
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ProxySnippetParser() {
    }

    /**
     * @param output what the template printed
     * @param template the template's path, for messages
     * @throws ProxyConfigException naming the template, the snippet's index and the reason
     */
    public static List<ProxySnippet> parse(String output, String template) {
        if (output == null || output.isBlank()) {
            return List.of();
        }
        JsonNode root = read(output, template);
        if (!root.isArray()) {
            throw new ProxyConfigException(where(template) + ": expected a JSON array of snippets, got "
                    + Quote.json(root));
        }
        List<ProxySnippet> snippets = new ArrayList<>();
        Map<String, Integer> indexByAtId = new HashMap<>();
        for (int index = 0; index < root.size(); index++) {
            ProxySnippet snippet = snippet(root.get(index), template, index);
            requireNew(snippet, index, indexByAtId, template);
            snippets.add(snippet);
        }
        return List.copyOf(snippets);
    }

    private static JsonNode read(String output, String template) {
        try {
            return JSON.readTree(output);
        } catch (JsonProcessingException e) {
            throw new ProxyConfigException(where(template) + ": output is not JSON (" + e.getOriginalMessage()
                    + "): " + Quote.text(output.strip()), e);
        }
    }

    private static ProxySnippet snippet(JsonNode node, String template, int index) {
        if (!node.isObject()) {
            throw invalid(template, index, "expected an object, got " + Quote.json(node));
        }
        JsonNode id = node.has("id") ? node.get("id") : node.path("mount_point");
        if (!id.isTextual()) {
            throw invalid(template, index, "'id' (or 'mount_point') must be a string, in " + Quote.json(node));
        }
        JsonNode config = node.path("config");
        if (config.isMissingNode() || config.isNull()) {
            throw invalid(template, index, "missing 'config' in " + Quote.json(node));
        }
        JsonNode registerOnly = node.path("register_only");
        if (!registerOnly.isMissingNode() && !registerOnly.isBoolean()) {
            throw invalid(template, index, "'register_only' must be true or false, not " + Quote.json(registerOnly));
        }
        try {
            return new ProxySnippet(id.asText(), config, registerOnly.asBoolean(false));
        } catch (IllegalArgumentException e) {
            throw invalid(template, index, e.getMessage());
        }
    }

    private static void requireNew(ProxySnippet snippet, int index, Map<String, Integer> seen, String template) {
        snippet.atId().ifPresent(atId -> {
            Integer first = seen.putIfAbsent(atId, index);
            if (first != null) {
                throw invalid(template, index, "'@id' '" + atId + "' is already used by the snippet at index " + first);
            }
        });
    }

    private static ProxyConfigException invalid(String template, int index, String reason) {
        return new ProxyConfigException(where(template) + ", snippet at index " + index + ": " + reason);
    }

    private static String where(String template) {
        return "proxy config template '" + template + "'";
    }
}
