package dev.conductor.agent.serve;

import dev.conductor.protocol.method.NoParams;
import dev.conductor.protocol.method.NoResult;

/**
 * {@code events.subscribe}: the current service, deployment and function rows as events, then
 * every change ({@code service}, {@code deployment}, {@code function}, {@code removed}) until cancelled.
 */
final class EventsMethod implements Methods.Handler<NoParams, NoResult> {

    private final ChangeFeed feed;

    EventsMethod(ChangeFeed feed) {
        this.feed = feed;
    }

    @Override
    public NoResult call(Call call, NoParams none) throws InterruptedException {
        feed.subscribe(call);
        try {
            call.awaitCancel();
        } finally {
            feed.unsubscribe(call);
        }
        return NoResult.NONE;
    }
}
