package dev.conductor.protocol.method;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.protocol.MessageCodec;

/** The params of one request, as a typed record; {@link MethodName} says which method takes which. */
public interface RequestParams {

    /** The params as the wire carries them: snake_case, absent fields left out. */
    default JsonNode toJson() {
        return MessageCodec.MAPPER.valueToTree(this);
    }
}
