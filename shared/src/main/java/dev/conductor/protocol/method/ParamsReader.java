package dev.conductor.protocol.method;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.protocol.ErrorCode;
import dev.conductor.protocol.ProtocolException;
import dev.conductor.protocol.Request;
import dev.conductor.spec.SafeNameValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a request's params for its typed record. A missing or mistyped field is a
 * {@code bad_request} that names the field and quotes the value, cut to {@value #SHOWN} characters.
 */
public final class ParamsReader {

    static final int SHOWN = 200;
    private final Request request;

    public ParamsReader(Request request) {
        this.request = request;
    }

    /** A service or deployment name: it becomes a path, so "../x" must never get that far. */
    public String name(String field) {
        String name = text(field);
        if (!SafeNameValidator.isSafe(name)) {
            throw bad("'" + field + "' is not a valid name: " + quote(name));
        }
        return name;
    }

    /** An optional name, or null. */
    public String optionalName(String field) {
        return request.params().hasNonNull(field) ? name(field) : null;
    }

    /** A required, non-empty text. */
    public String text(String field) {
        return request.text(field);
    }

    /** An optional text, or null. */
    public String optionalText(String field) {
        return request.text(field, null);
    }

    /** An optional integer, or null. */
    public Integer integer(String field) {
        JsonNode value = optional(field);
        if (value != null && (!value.canConvertToInt() || !value.isIntegralNumber())) {
            throw bad("'" + field + "' must be an integer, not " + shown(value));
        }
        return value == null ? null : value.intValue();
    }

    /** An optional number of seconds, never negative, or null. */
    public Double seconds(String field) {
        JsonNode value = optional(field);
        if (value != null && (!value.isNumber() || value.doubleValue() < 0)) {
            throw bad("'" + field + "' must be a number of seconds, not " + shown(value));
        }
        return value == null ? null : value.doubleValue();
    }

    /** An optional flag, or null. */
    public Boolean flag(String field) {
        JsonNode value = optional(field);
        if (value != null && !value.isBoolean()) {
            throw bad("'" + field + "' must be true or false, not " + shown(value));
        }
        return value == null ? null : value.booleanValue();
    }

    /** An optional array of strings; empty when absent. */
    public List<String> texts(String field) {
        JsonNode value = optional(field);
        List<String> texts = new ArrayList<>();
        if (value != null && !value.isArray()) {
            throw bad("'" + field + "' must be an array of strings, not " + shown(value));
        }
        if (value != null) {
            value.forEach(item -> texts.add(item(field, item)));
        }
        return texts;
    }

    /** A required object of strings, in its order. */
    public Map<String, String> textMap(String field) {
        JsonNode value = request.params().path(field);
        if (!value.isObject()) {
            throw bad("'" + field + "' must be an object of strings, not " + shown(value));
        }
        Map<String, String> map = new LinkedHashMap<>();
        value.fields().forEachRemaining(entry -> map.put(entry.getKey(), item(field, entry.getValue())));
        return map;
    }

    /** A {@code bad_request} about this request: "request 7 (service.deploy): {problem}". */
    public ProtocolException bad(String problem) {
        return new ProtocolException(ErrorCode.BAD_REQUEST, "request " + request.id() + " (" + request.method()
                + "): " + problem);
    }

    /** {@code text} in single quotes, cut to {@value #SHOWN} characters, so that no huge value is echoed. */
    public static String quote(String text) {
        return "'" + cut(text) + "'";
    }

    private JsonNode optional(String field) {
        JsonNode value = request.params().get(field);
        return value == null || value.isNull() ? null : value;
    }

    private String item(String field, JsonNode item) {
        if (!item.isTextual()) {
            throw bad("'" + field + "' may only hold strings, not " + shown(item));
        }
        return item.asText();
    }

    private static String shown(JsonNode value) {
        return cut(value.isMissingNode() ? "nothing" : value.toString());
    }

    private static String cut(String text) {
        if (text == null) {
            return "null";
        }
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "..." : text;
    }
}
