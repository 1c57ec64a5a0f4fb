package dev.conductor.console.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conductor.protocol.method.MethodName;
import dev.conductor.protocol.method.NameParams;
import dev.conductor.protocol.method.NoParams;
import dev.conductor.protocol.method.RequestParams;

/** The methods of the fake agent script, which no real agent has. */
final class FakeAgentMethods {

    /** Answers its params. */
    static final MethodName<Echo> ECHO = new MethodName<>("echo", in -> new Echo(in.integer("i")));
    /** Sends {@code count} events {@code {n}}, then answers {@code {count}}. */
    static final MethodName<Count> STREAM = new MethodName<>("stream", in -> new Count(in.integer("count")));
    /** Sends lines until cancelled. */
    static final MethodName<NoParams> FOLLOW = new MethodName<>("follow", in -> NoParams.NONE);
    /** Fails with not_found for {@code name}. */
    static final MethodName<NameParams> FAIL = new MethodName<>("fail", in -> new NameParams(in.name("name")));
    /** Never answers. */
    static final MethodName<NoParams> HANG = new MethodName<>("hang", in -> NoParams.NONE);

    private FakeAgentMethods() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Echo(Integer i) implements RequestParams {}

    record Count(Integer count) implements RequestParams {}
}
