package dev.conductor.protocol.method;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.protocol.Request;
import java.util.function.Function;

/**
 * One protocol method: its wire name, the params record it takes and the result record it
 * answers with. Consoles build requests and read answers with it; the agent reads and validates
 * params with it, and its handler must return the result record.
 *
 * @param wire the name on the wire, e.g. {@code service.deploy}
 * @param reader reads the params of a request of this method
 * @param resultType the record of its answer
 * @param <P> the params record
 * @param <R> the result record
 */
public record MethodName<P extends RequestParams, R>(String wire, Function<ParamsReader, P> reader,
        Class<R> resultType) {

    /** A request of this method; null params travel as {@code {}}. */
    public Request request(String id, P params) {
        return new Request(id, wire, params == null ? null : params.toJson());
    }

    /** @throws dev.conductor.protocol.ProtocolException {@code bad_request} naming the bad field */
    public P read(Request request) {
        return reader.apply(new ParamsReader(request));
    }

    /**
     * An answer of this method as its record; null for none, as a stream cancelled on purpose ends.
     *
     * @throws dev.conductor.protocol.ProtocolException {@code failed} when the answer does not fit the record
     */
    public R result(JsonNode json) {
        return json == null || json.isNull() ? null : Payloads.read(json, resultType);
    }

    @Override
    public String toString() {
        return wire;
    }
}
