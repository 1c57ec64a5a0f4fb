package dev.conductor.agent.serve;

import dev.conductor.protocol.Event;
import dev.conductor.protocol.MessageCodec;
import dev.conductor.protocol.Request;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * One request being answered: its events go out through the session's writer, and a cancel
 * reaches the hooks its handler registered. A call without hooks cannot be cancelled: a deploy
 * asked to stop half-way runs to its end and answers normally.
 */
public final class Call {

    private final Request request;
    private final MessageWriter out;
    private final List<Runnable> cancelHooks = new ArrayList<>();
    private boolean cancelRequested;
    private boolean cancelled;
    private boolean finished;

    Call(Request request, MessageWriter out) {
        this.request = request;
        this.out = out;
    }

    public String id() {
        return request.id();
    }

    public Request request() {
        return request;
    }

    /** Sends an event of this call; dropped once the call has ended. */
    public synchronized void emit(String event, Object data) {
        if (!finished) {
            out.write(new Event(id(), event, MessageCodec.MAPPER.valueToTree(data)));
        }
    }

    /** Makes the call cancellable: {@code hook} runs on cancel, at once if a cancel came already. */
    public void onCancel(Runnable hook) {
        synchronized (this) {
            cancelHooks.add(hook);
            if (!cancelRequested) {
                return;
            }
            cancelled = true;
        }
        hook.run();
    }

    /** Blocks until the call is cancelled, for streams that end only then. */
    public void awaitCancel() throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        onCancel(latch::countDown);
        latch.await();
    }

    /** True once a cancel reached a hook: the call then ends with {@code cancelled}. */
    public synchronized boolean cancelled() {
        return cancelled;
    }

    void cancel() {
        List<Runnable> hooks;
        synchronized (this) {
            if (cancelRequested || finished) {
                return;
            }
            cancelRequested = true;
            cancelled = !cancelHooks.isEmpty();
            hooks = List.copyOf(cancelHooks);
        }
        hooks.forEach(Runnable::run);
    }

    /** Ends the call: later events are dropped, so that nothing follows its final message. */
    synchronized void finish() {
        finished = true;
    }
}
