package dev.conductor.protocol.method;

import dev.conductor.protocol.Request;
import java.util.function.Function;

/**
 * One protocol method: its wire name and the params record it takes. Consoles build requests
 * from it, and the agent reads and validates their params with it.
 *
 * @param wire the name on the wire, e.g. {@code service.deploy}
 * @param reader reads the params of a request of this method
 * @param <P> the params record
 */
public record MethodName<P extends RequestParams>(String wire, Function<ParamsReader, P> reader) {

    /** A request of this method; null params travel as {@code {}}. */
    public Request request(String id, P params) {
        return new Request(id, wire, params == null ? null : params.toJson());
    }

    /** @throws dev.conductor.protocol.ProtocolException {@code bad_request} naming the bad field */
    public P read(Request request) {
        return reader.apply(new ParamsReader(request));
    }

    @Override
    public String toString() {
        return wire;
    }
}
