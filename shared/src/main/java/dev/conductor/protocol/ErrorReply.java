package dev.conductor.protocol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** The failed end of a request, with a code, a message quoting the bad input, and details. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorReply(String id, Body error) implements Message {

    public static ErrorReply of(String id, ErrorCode code, String message, Map<String, String> details) {
        return new ErrorReply(id, new Body(code.wire(), message, details));
    }

    /** The error itself; {@code code} is one of {@link ErrorCode}'s wire names, or newer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Body(String code, String message, Map<String, String> details) {
        public Body {
            details = details == null ? Map.of() : Map.copyOf(details);
        }
    }
}
