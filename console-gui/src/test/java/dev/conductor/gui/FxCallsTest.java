package dev.conductor.gui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.conductor.console.view.FakeLink;
import dev.conductor.protocol.Event;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NoResult;
import dev.conductor.protocol.method.ServiceDetails;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FxCallsTest {

    private final FakeLink link = new FakeLink();
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private final FxCalls calls = new FxCalls(host -> host.equals("alpha") ? Optional.of(link) : Optional.empty(),
            background::add, fx::add);

    @Test
    void callsStartInTheBackgroundAndAnswerOnTheFxThread() {
        CompletableFuture<ServiceDetails> answer = calls.call("alpha", MethodNames.SERVICE_SHOW, null);
        assertThat(link.requests).isEmpty(); // nothing sent from the calling (FX) thread
        background.poll().run();
        assertThat(link.requests).containsExactly("service.show");
        link.answer("service.show", "{\"name\":\"web\"}");
        assertThat(answer).isNotDone();
        fx.poll().run();
        assertThat(answer.join().name()).isEqualTo("web");
    }

    @Test
    void aHostThatIsNotConnectedFailsWithItsName() {
        CompletableFuture<ServiceDetails> answer = calls.call("beta", MethodNames.SERVICE_SHOW, null);
        fx.poll().run();
        assertThat(answer).isCompletedExceptionally();
        assertThat(FxCalls.reason(answer.handle((r, e) -> e).join())).isEqualTo("beta is not connected");
    }

    @Test
    void streamEventsArriveInBatchesAndBeforeTheResult() {
        List<String> seen = new ArrayList<>();
        FxCalls.FxStream<NoResult> stream = calls.stream("alpha", MethodNames.LOGS_FOLLOW, null, (Event e) -> seen.add(e.event()));
        background.poll().run();
        for (int i = 0; i < 50; i++) {
            link.send("logs.follow", "line", "{}");
        }
        assertThat(fx).hasSize(1); // one FX task for the whole burst
        link.answer("logs.follow", "{}");
        while (!fx.isEmpty()) {
            fx.poll().run();
        }
        assertThat(seen).hasSize(50);
        assertThat(stream.result()).isCompleted();
        stream.cancel().run();
        assertThat(link.cancelled).isTrue();
    }
}
