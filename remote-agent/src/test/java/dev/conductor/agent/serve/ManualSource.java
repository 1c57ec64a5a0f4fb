package dev.conductor.agent.serve;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** A change source that fires when the test says so, and counts its starts and closes. */
final class ManualSource implements ChangeSource {

    final AtomicInteger starts = new AtomicInteger();
    final AtomicInteger closes = new AtomicInteger();
    private volatile Consumer<Set<RowKind>> changed;

    @Override
    public void start(Consumer<Set<RowKind>> sink) {
        changed = sink;
        starts.incrementAndGet();
    }

    void fire(RowKind first, RowKind... more) {
        changed.accept(EnumSet.of(first, more));
    }

    @Override
    public void close() {
        closes.incrementAndGet();
    }

    List<ChangeSource> asList() {
        return List.of(this);
    }
}
