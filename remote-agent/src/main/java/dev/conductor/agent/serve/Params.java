package dev.conductor.agent.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.protocol.ErrorCode;
import dev.conductor.protocol.ProtocolException;
import dev.conductor.protocol.Request;
import dev.conductor.spec.SafeNameValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed request parameters; a missing or mistyped one is a {@code bad_request} naming it. */
final class Params {

    private Params() {}

    /** A service or deployment name: it becomes a path, so "../x" must never get that far. */
    static String name(Request request, String param) {
        String name = request.text(param);
        if (!SafeNameValidator.isSafe(name)) {
            throw bad(request, "'" + param + "' is not a valid name: '" + name + "'");
        }
        return name;
    }

    /** An optional name, or null. */
    static String optionalName(Request request, String param) {
        return request.params().hasNonNull(param) ? name(request, param) : null;
    }

    static Integer integer(Request request, String param) {
        JsonNode value = request.params().get(param);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw bad(request, "'" + param + "' must be an integer, not " + value);
        }
        return value.intValue();
    }

    static double number(Request request, String param, double fallback) {
        JsonNode value = request.params().get(param);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber() || value.doubleValue() < 0) {
            throw bad(request, "'" + param + "' must be a number of seconds, not " + value);
        }
        return value.doubleValue();
    }

    static boolean flag(Request request, String param, boolean fallback) {
        JsonNode value = request.params().get(param);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw bad(request, "'" + param + "' must be true or false, not " + value);
        }
        return value.booleanValue();
    }

    static List<String> texts(Request request, String param) {
        JsonNode value = request.params().path(param);
        List<String> texts = new ArrayList<>();
        if (value.isMissingNode() || value.isNull()) {
            return texts;
        }
        if (!value.isArray()) {
            throw bad(request, "'" + param + "' must be an array of strings, not " + value);
        }
        value.forEach(item -> texts.add(text(request, param, item)));
        return texts;
    }

    static Map<String, String> textMap(Request request, String param) {
        JsonNode value = request.params().path(param);
        if (!value.isObject()) {
            throw bad(request, "'" + param + "' must be an object of strings, not " + value);
        }
        Map<String, String> map = new LinkedHashMap<>();
        value.fields().forEachRemaining(entry -> map.put(entry.getKey(), text(request, param, entry.getValue())));
        return map;
    }

    static ProtocolException bad(Request request, String problem) {
        return new ProtocolException(ErrorCode.BAD_REQUEST, "request " + request.id() + " (" + request.method()
                + "): " + problem);
    }

    private static String text(Request request, String param, JsonNode item) {
        if (!item.isTextual()) {
            throw bad(request, "'" + param + "' may only hold strings, not " + item);
        }
        return item.asText();
    }
}
