package dev.conductor.agent.function;

import dev.conductor.spec.ServiceSpec;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A function host that serves what the test says, with the figures it sets, and counts how often it is asked. */
public final class ServedFunctions implements FunctionHost {

    private final Map<String, FunctionStats.Snapshot> figures = new ConcurrentHashMap<>();
    private final AtomicInteger asked = new AtomicInteger();

    /** Serves {@code id}, having answered {@code requests} of which {@code errors} failed. */
    public ServedFunctions serve(String id, long requests, long errors) {
        figures.put(id, new FunctionStats.Snapshot(requests, errors, 1, 2, 1.5, 9.5));
        return this;
    }

    /** How many times the figures were read. */
    public int asked() {
        return asked.get();
    }

    @Override
    public void open(ServiceSpec spec, Map<String, String> variables) {
        // the test decides what serves
    }

    @Override
    public void close(String service) {
        figures.keySet().removeIf(id -> id.equals(service) || id.startsWith(service + "-"));
    }

    @Override
    public Optional<FunctionStats.Snapshot> stats(String id) {
        asked.incrementAndGet();
        return Optional.ofNullable(figures.get(id));
    }

    @Override
    public boolean serving() {
        return true;
    }
}
