package dev.conductor.console.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.protocol.method.MethodName;
import dev.conductor.protocol.method.NameParams;
import dev.conductor.protocol.method.NoParams;
import dev.conductor.protocol.method.NoResult;
import dev.conductor.protocol.method.RequestParams;

/** The methods of the fake agent script, which no real agent has. */
final class FakeAgentMethods {

    /** Answers its params. */
    static final MethodName<Echo, JsonNode> ECHO = new MethodName<>("echo", in -> new Echo(in.integer("i")), JsonNode.class);
    /** Sends {@code count} events {@code {n}}, then answers {@code {count}}. */
    static final MethodName<Count, Count> STREAM = new MethodName<>("stream", in -> new Count(in.integer("count")),
            Count.class);
    /** Sends lines until cancelled. */
    static final MethodName<NoParams, NoResult> FOLLOW = new MethodName<>("follow", in -> NoParams.NONE, NoResult.class);
    /** Fails with not_found for {@code name}. */
    static final MethodName<NameParams, NoResult> FAIL = new MethodName<>("fail", in -> new NameParams(in.name("name")),
            NoResult.class);
    /** Never answers. */
    static final MethodName<NoParams, NoResult> HANG = new MethodName<>("hang", in -> NoParams.NONE, NoResult.class);

    private FakeAgentMethods() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Echo(Integer i) implements RequestParams {}

    record Count(Integer count) implements RequestParams {}
}
