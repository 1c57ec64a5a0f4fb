package dev.conductor.protocol.method;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.protocol.ErrorCode;
import dev.conductor.protocol.MessageCodec;
import dev.conductor.protocol.ProtocolException;

/** Results and event data as their typed records. */
public final class Payloads {

    private Payloads() {}

    /** @throws ProtocolException of code {@code failed} when {@code json} does not fit {@code type} */
    public static <T> T read(JsonNode json, Class<T> type) {
        try {
            return MessageCodec.MAPPER.treeToValue(json, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String shown = String.valueOf(json);
            shown = shown.length() > ParamsReader.SHOWN ? shown.substring(0, ParamsReader.SHOWN) + "..." : shown;
            throw new ProtocolException(ErrorCode.FAILED, "not a " + type.getSimpleName() + ": " + shown + ": "
                    + e.getMessage());
        }
    }
}
