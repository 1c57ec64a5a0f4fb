package dev.conductor.agent.serve;

/** One protocol method: answers a call with a result, which becomes the response's JSON. */
@FunctionalInterface
public interface Method {

    /**
     * @return the result, turned into JSON with the protocol's mapper
     * @throws Exception mapped to an error code by {@link ErrorMapping}
     */
    Object call(Call call) throws Exception;
}
