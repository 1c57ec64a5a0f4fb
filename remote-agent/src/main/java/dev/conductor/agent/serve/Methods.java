package dev.conductor.agent.serve;

import dev.conductor.protocol.method.MethodName;
import dev.conductor.protocol.method.RequestParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The methods a session answers, by name, and what must be closed when the session ends. */
public final class Methods implements AutoCloseable {

    private final Map<String, Method> byName = new TreeMap<>();
    private final List<AutoCloseable> resources = new ArrayList<>();

    public Methods add(String name, Method method) {
        byName.put(name, method);
        return this;
    }

    /**
     * Registers {@code method}; its params are read and checked before {@code handler} sees them,
     * and the handler answers with the method's result record.
     */
    public <P extends RequestParams, R> Methods add(MethodName<P, R> method, Handler<P, R> handler) {
        return add(method.wire(), call -> handler.call(call, method.read(call.request())));
    }

    /** Registers something the session owns, such as its change watchers. */
    public Methods own(AutoCloseable resource) {
        resources.add(resource);
        return this;
    }

    Optional<Method> get(String name) {
        return Optional.ofNullable(name).map(byName::get);
    }

    /** The same methods for one session of many: closing it leaves what they share running. */
    public Methods shared() {
        Methods view = new Methods();
        view.byName.putAll(byName);
        return view;
    }

    public Set<String> names() {
        return byName.keySet();
    }

    /** A method that takes its params and answers its result as their typed records. */
    @FunctionalInterface
    public interface Handler<P, R> {

        /** @see Method#call */
        R call(Call call, P params) throws Exception;
    }

    @Override
    public void close() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("serve: cannot close " + resource + ": " + e.getMessage());
            }
        }
    }
}
