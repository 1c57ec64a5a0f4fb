package dev.conductor.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** A call from the console; {@code id} is the console's, unique within the session. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Request(String id, String method, JsonNode params) implements Message {

    public Request {
        params = params == null || params.isNull() ? JsonNodeFactory.instance.objectNode() : params;
    }

    /** A required text parameter. */
    public String text(String name) {
        JsonNode value = params.get(name);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new ProtocolException(ErrorCode.BAD_REQUEST,
                    "request " + id + " (" + method + ") needs the text parameter '" + name + "'");
        }
        return value.asText();
    }

    /** An optional text parameter, or {@code fallback}. */
    public String text(String name, String fallback) {
        JsonNode value = params.get(name);
        return value == null || value.isNull() ? fallback : value.asText();
    }
}
