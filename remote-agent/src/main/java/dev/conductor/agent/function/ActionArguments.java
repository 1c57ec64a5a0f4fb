package dev.conductor.agent.function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of a remote action: the request's body, a JSON array of strings appended to the
 * command's {@code exec} one element per argv entry (an empty body is {@code []}). Anything else
 * is refused with 400 before anything runs.
 */
final class ActionArguments {

    static final int MAX_ARGS = 64;
    static final int MAX_ARG_LENGTH = 4096;
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ActionArguments() {}

    static List<String> parse(byte[] body) throws FunctionHttp.Refused {
        if (body.length == 0) {
            return List.of();
        }
        JsonNode array = tree(body);
        if (!array.isArray()) {
            throw refused("the body must be a JSON array of strings, not " + shown(array.toString()));
        }
        if (array.size() > MAX_ARGS) {
            throw refused("at most " + MAX_ARGS + " arguments, not " + array.size());
        }
        List<String> args = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            args.add(argument(i, array.get(i)));
        }
        return List.copyOf(args);
    }

    private static String argument(int index, JsonNode element) throws FunctionHttp.Refused {
        if (!element.isTextual()) {
            throw refused("argument " + index + " is not a string: " + shown(element.toString()));
        }
        String text = element.textValue();
        if (text.length() > MAX_ARG_LENGTH) {
            throw refused("argument " + index + " has " + text.length() + " characters, over the " + MAX_ARG_LENGTH
                    + " allowed: " + shown(text));
        }
        // an argv entry ends at NUL: the command would get less than was sent
        if (text.indexOf('\0') >= 0) {
            throw refused("argument " + index + " holds a NUL character: " + shown(text));
        }
        return text;
    }

    private static JsonNode tree(byte[] body) throws FunctionHttp.Refused {
        try {
            JsonNode tree = JSON.readTree(body);
            if (tree == null || tree.isMissingNode()) {
                throw refused("the body must be a JSON array of strings; it is blank");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw refused("the body is not JSON (" + shown(e.getOriginalMessage()) + "): "
                    + shown(new String(body, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw refused("the body cannot be read: " + shown(e.getMessage()));
        }
    }

    private static FunctionHttp.Refused refused(String message) {
        return new FunctionHttp.Refused(400, message);
    }

    /** Quoted, at most 60 characters, printable ASCII only: it goes into a status line and the journal. */
    static String shown(String text) {
        StringBuilder shown = new StringBuilder("'");
        for (int i = 0; i < text.length() && i < 60; i++) {
            char c = text.charAt(i);
            shown.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return shown.append(text.length() > 60 ? "...'" : "'").toString();
    }
}
