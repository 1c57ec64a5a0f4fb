package dev.conductor.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One line of the agent protocol (docs/protocol.md). The {@code type} field selects the record;
 * an unknown type reads as {@link Unknown}, so that a newer peer never breaks an older one.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type", defaultImpl = Unknown.class)
@JsonSubTypes({
    @JsonSubTypes.Type(value = Hello.class, name = "hello"),
    @JsonSubTypes.Type(value = Request.class, name = "request"),
    @JsonSubTypes.Type(value = Response.class, name = "response"),
    @JsonSubTypes.Type(value = ErrorReply.class, name = "error"),
    @JsonSubTypes.Type(value = Event.class, name = "event"),
    @JsonSubTypes.Type(value = Cancel.class, name = "cancel")
})
public sealed interface Message permits Hello, Request, Response, ErrorReply, Event, Cancel, Unknown {
}
