package dev.conductor.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Messages to and from one JSON line each. Thread-safe. */
public final class MessageCodec {

    /** The mapper for protocol payloads: snake_case, unknown fields ignored, dates as ISO text. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .findAndRegisterModules()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private MessageCodec() {}

    /** One line, without the trailing newline; JSON escapes any newline inside strings. */
    public static String write(Message message) {
        try {
            return MAPPER.writerFor(Message.class).writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new ProtocolException(ErrorCode.FAILED, "cannot encode " + message + ": " + e.getMessage());
        }
    }

    /** @throws ProtocolException of code {@code bad_request} for a line that is not a message */
    public static Message read(String line) {
        try {
            JsonNode tree = MAPPER.readTree(line);
            if (tree == null || !tree.isObject()) {
                throw notAMessage(line, "a message is a JSON object");
            }
            // an unknown type is a newer peer's and ignored; no type at all is a mistake
            if (!tree.path("type").isTextual()) {
                throw notAMessage(line, "a message needs a \"type\"");
            }
            return MAPPER.treeToValue(tree, Message.class);
        } catch (JsonProcessingException e) {
            throw notAMessage(line, e.getOriginalMessage());
        }
    }

    private static ProtocolException notAMessage(String line, String why) {
        String shown = line.length() > 200 ? line.substring(0, 200) + "..." : line;
        String reason = why.length() > 300 ? why.substring(0, 300) + "..." : why;
        return new ProtocolException(ErrorCode.BAD_REQUEST, "not a protocol message: '" + shown + "': " + reason);
    }
}
