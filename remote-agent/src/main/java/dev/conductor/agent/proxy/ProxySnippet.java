package dev.conductor.agent.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One Caddy config snippet printed by a proxy config template.
 *
 * @param id where to POST it, relative to {@code /id/}, e.g. {@code conductor-server/routes}
 * @param config the snippet; it carries an {@code @id} so that it can be removed later, unless
 *     {@code registerOnly}
 * @param registerOnly registered but never removed (e.g. a domain for certificate automation)
 */
public record ProxySnippet(String id, JsonNode config, boolean registerOnly) {

    // Both end up in admin API URLs: a '/' in an @id would make a DELETE remove a whole subtree,
    // and '..' or a leading '/' in an id would leave the /id/ namespace.
    private static final Pattern AT_ID = Pattern.compile("[A-Za-z0-9_.~:@+-]+");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.~:@+-]+(/[A-Za-z0-9_.~:@+-]+)*");

    /** @throws IllegalArgumentException quoting a bad id or {@code @id}, or a missing {@code @id} */
    public ProxySnippet {
        requireId(id);
        Objects.requireNonNull(config, "config");
        JsonNode atId = config.path("@id");
        if (!atId.isMissingNode() && !atId.isTextual()) {
            throw new IllegalArgumentException("'@id' must be a string, not " + atId);
        }
        if (atId.isTextual()) {
            requireAtId(atId.asText());
        } else if (!registerOnly) {
            throw new IllegalArgumentException("config has no '@id', which is needed to remove it later"
                    + " (set register_only to keep it forever): " + Quote.json(config));
        }
    }

    /** The config's {@code @id}; always present unless {@link #registerOnly()}. */
    public Optional<String> atId() {
        JsonNode atId = config.path("@id");
        return atId.isTextual() ? Optional.of(atId.asText()) : Optional.empty();
    }

    /** The admin API path to POST the snippet to. */
    public String path() {
        return "/id/" + id;
    }

    static void requireId(String id) {
        if (id == null || id.contains("..") || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("bad snippet id '" + id + "': must be a path under /id/ such as"
                    + " 'conductor-server/routes', from [A-Za-z0-9_.~:@+-] and '/', without '..' or a leading '/'");
        }
    }

    static void requireAtId(String atId) {
        if (atId == null || !AT_ID.matcher(atId).matches()) {
            throw new IllegalArgumentException("bad '@id' '" + atId + "': must be 1 or more of [A-Za-z0-9_.~:@+-]");
        }
    }
}
