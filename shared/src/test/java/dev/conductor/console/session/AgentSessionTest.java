package dev.conductor.console.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.conductor.protocol.ErrorCode;
import dev.conductor.protocol.ProtocolException;
import dev.conductor.protocol.method.CommandRunParams;
import dev.conductor.protocol.method.DeployParams;
import dev.conductor.protocol.method.DeployResult;
import dev.conductor.protocol.method.ExitResult;
import dev.conductor.protocol.method.HistoryResult;
import dev.conductor.protocol.method.LogsParams;
import dev.conductor.protocol.method.MessageResult;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NameParams;
import dev.conductor.protocol.method.NoParams;
import dev.conductor.protocol.method.NoResult;
import dev.conductor.protocol.method.ReloadReport;
import dev.conductor.protocol.method.ServiceDetails;
import dev.conductor.protocol.method.ServicesResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AgentSessionTest {

    private static final SessionOptions OPTIONS = SessionOptions.defaults("0.2.0").withHelloTimeout(Duration.ofSeconds(5));
    private static final NameParams WEB = new NameParams("web");

    private final PipeAgent agent = new PipeAgent();
    private AgentSession session;

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    private AgentSession opened() {
        agent.sayHello();
        session = AgentSession.open(agent, OPTIONS);
        assertThat(agent.heard()).isEqualTo("{\"type\":\"hello\",\"protocol\":1,\"console_version\":\"0.2.0\",\"capabilities\":[]}");
        return session;
    }

    @Test
    void theAgentSpeaksFirstThenTheConsoleAnswersWithItsHello() {
        opened();
        assertThat(session.hello().agentVersion()).isEqualTo("0.1.0");
        assertThat(session.hello().hostname()).isEqualTo("h1");
        assertThat(session.hello().capabilities()).containsExactly("services", "logs");
        assertThat(session.isOpen()).isTrue();
    }

    @Test
    void answersAreMatchedToRequestsByIdInAnyOrder() throws Exception {
        opened();
        CompletableFuture<ServicesResult> services = session.call(MethodNames.SERVICES_LIST, NoParams.NONE);
        CompletableFuture<ServiceDetails> show = session.call(MethodNames.SERVICE_SHOW, WEB);
        assertThat(agent.heard()).isEqualTo("{\"type\":\"request\",\"id\":\"1\",\"method\":\"services.list\",\"params\":{}}");
        assertThat(agent.heard()).isEqualTo(
                "{\"type\":\"request\",\"id\":\"2\",\"method\":\"service.show\",\"params\":{\"name\":\"web\"}}");

        agent.say("{\"type\":\"response\",\"id\":\"2\",\"result\":{\"name\":\"web\"},\"newer_field\":1}");
        agent.say("{\"type\":\"response\",\"id\":\"1\",\"result\":{\"services\":[]}}");

        assertThat(show.get(5, TimeUnit.SECONDS).name()).isEqualTo("web");
        assertThat(services.get(5, TimeUnit.SECONDS).services()).isEmpty();
    }

    @Test
    void anAnswerThatDoesNotFitItsRecordFailsOnlyThatCall() throws Exception {
        opened();
        CompletableFuture<HistoryResult> history = session.call(MethodNames.SERVICE_HISTORY, WEB);
        agent.heard();
        agent.say("{\"type\":\"response\",\"id\":\"1\",\"result\":{\"revisions\":\"none\"}}");

        assertThatThrownBy(() -> history.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(ProtocolException.class)
                .hasMessageStartingWith("not a HistoryResult: {\"revisions\":\"none\"}");
        assertThat(session.isOpen()).isTrue();
    }

    @Test
    void anErrorAnswerFailsTheCallWithItsCodeMessageAndDetails() {
        opened();
        CompletableFuture<ServiceDetails> show = session.call(MethodNames.SERVICE_SHOW, WEB);
        agent.heard();
        agent.say("{\"type\":\"error\",\"id\":\"1\",\"error\":{\"code\":\"bad_service_file\",\"message\":\"no 'pods'\","
                + "\"details\":{\"file\":\"/etc/conductor/services/web/conductor-service.json\",\"location\":\"2:11\"}}}");

        assertThatThrownBy(() -> show.get(5, TimeUnit.SECONDS)).cause()
                .isInstanceOf(AgentCallException.class)
                .hasMessage("service.show failed on 'fake agent' on test: bad_service_file: no 'pods'")
                .satisfies(e -> {
                    AgentCallException call = (AgentCallException) e;
                    assertThat(call.code()).isEqualTo(ErrorCode.BAD_SERVICE_FILE);
                    assertThat(call.details()).containsEntry("location", "2:11");
                });
    }

    @Test
    void aStreamDeliversItsEventsThenItsResult() throws Exception {
        opened();
        List<String> lines = new CopyOnWriteArrayList<>();
        Subscription<ExitResult> command = session.stream(MethodNames.COMMAND_RUN, CommandRunParams.ofService("web", "migrate", List.of()),
                event -> lines.add(event.event() + ":" + event.data().get("data").asText()));
        agent.heard();
        agent.say("{\"type\":\"event\",\"id\":\"1\",\"event\":\"output\",\"data\":{\"stream\":\"stdout\",\"data\":\"a\"}}");
        agent.say("{\"type\":\"event\",\"id\":\"9\",\"event\":\"output\",\"data\":{\"data\":\"not ours\"}}");
        agent.say("{\"type\":\"event\",\"id\":\"1\",\"event\":\"output\",\"data\":{\"stream\":\"stderr\",\"data\":\"b\"}}");
        agent.say("{\"type\":\"response\",\"id\":\"1\",\"result\":{\"exit_code\":0}}");

        assertThat(command.result().get(5, TimeUnit.SECONDS).exitCode()).isZero();
        assertThat(lines).containsExactly("output:a", "output:b");
    }

    @Test
    void cancellingAStreamAsksTheAgentAndEndsItNormally() throws Exception {
        opened();
        Subscription<NoResult> logs = session.stream(MethodNames.LOGS_FOLLOW, LogsParams.ofService("web", null), event -> { });
        agent.heard();

        logs.cancel();

        assertThat(agent.heard()).isEqualTo("{\"type\":\"cancel\",\"id\":\"1\"}");
        agent.say("{\"type\":\"error\",\"id\":\"1\",\"error\":{\"code\":\"cancelled\",\"message\":\"cancelled\"}}");
        assertThat(logs.result().get(5, TimeUnit.SECONDS)).as("no result after a cancel").isNull();
    }

    @Test
    void aSubscriberThatThrowsEndsOnlyItsOwnStream() throws Exception {
        opened();
        Subscription<NoResult> broken = session.stream(MethodNames.EVENTS_SUBSCRIBE, NoParams.NONE, event -> {
            throw new IllegalStateException("bug in the view");
        });
        agent.heard();
        agent.say("{\"type\":\"event\",\"id\":\"1\",\"event\":\"service\",\"data\":{}}");

        assertThatThrownBy(() -> broken.result().get(5, TimeUnit.SECONDS)).hasRootCauseMessage("bug in the view");
        assertThat(agent.heard()).isEqualTo("{\"type\":\"cancel\",\"id\":\"1\"}");
        CompletableFuture<ServicesResult> next = session.call(MethodNames.SERVICES_LIST, NoParams.NONE);
        agent.heard();
        agent.say("{\"type\":\"response\",\"id\":\"2\",\"result\":{}}");
        assertThat(next.get(5, TimeUnit.SECONDS).services()).isEmpty();
    }

    @Test
    void strayLinesAndUnknownMessagesAreIgnored() throws Exception {
        opened();
        CompletableFuture<ReloadReport> call = session.call(MethodNames.RELOAD, NoParams.NONE);
        agent.heard();
        agent.say("not json at all").say("{\"type\":\"telemetry\",\"x\":1}").say("{\"type\":\"response\",\"id\":\"77\"}");
        agent.say("{\"type\":\"response\",\"id\":\"1\",\"result\":{\"warnings\":[\"ok\"]}}");
        assertThat(call.get(5, TimeUnit.SECONDS).warnings()).containsExactly("ok");
    }

    @Test
    void aDroppedConnectionFailsEveryRequestInFlightAsOutcomeUnknownAndNothingIsSentAfter() throws Exception {
        opened();
        CompletableFuture<DeployResult> deploy = session.call(MethodNames.SERVICE_DEPLOY, new DeployParams("web", null, null));
        Subscription<NoResult> logs = session.stream(MethodNames.LOGS_FOLLOW, LogsParams.ofService("web", null), event -> { });
        agent.heard();
        agent.heard();

        agent.drop();

        assertThatThrownBy(() -> deploy.get(5, TimeUnit.SECONDS)).cause()
                .isInstanceOf(OutcomeUnknownException.class)
                .hasMessage("request 1 (service.deploy) was sent to 'fake agent' on test but the connection dropped"
                        + " before an answer: its outcome is unknown");
        assertThatThrownBy(() -> logs.result().get(5, TimeUnit.SECONDS)).cause()
                .isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("request 2 (logs.follow)");
        assertThat(session.closed().get(5, TimeUnit.SECONDS)).isEqualTo("the connection dropped");
        assertThat(session.isOpen()).isFalse();
        assertThatThrownBy(() -> session.call(MethodNames.SERVICES_LIST, NoParams.NONE).get(5, TimeUnit.SECONDS)).cause()
                .isInstanceOf(SessionClosedException.class)
                .hasMessageContaining("request services.list was not sent");
        assertThatThrownBy(() -> session.stream(MethodNames.LOGS_FOLLOW, LogsParams.ofService("web", null), e -> { }).result().get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(SessionClosedException.class);
    }

    @Test
    void anAgentThatExitsEndsTheSessionNamingItsStatusAndLastStderrLine() throws Exception {
        opened();
        CompletableFuture<ReloadReport> call = session.call(MethodNames.RELOAD, NoParams.NONE);
        agent.heard();
        agent.stderr("starting\nout of memory\n");
        agent.exit(3);

        assertThat(session.closed().get(5, TimeUnit.SECONDS))
                .isEqualTo("the agent exited with status 3; the agent's last stderr line: out of memory");
        assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(OutcomeUnknownException.class)
                .hasMessageContaining("but the agent exited with status 3");
    }

    @Test
    void closingTheSessionFailsWhatIsInFlightAndSaysTheConsoleDidIt() throws Exception {
        opened();
        CompletableFuture<MessageResult> call = session.call(MethodNames.SERVICE_STOP, WEB);

        session.close();

        assertThat(session.closed()).as("closed on purpose: no reason").isCompletedWithValue("");
        assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(OutcomeUnknownException.class)
                .hasMessageContaining("but the console closed the session before an answer");
        assertThat(agent.closedByConsole()).isTrue();
    }
}
