package dev.conductor.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.conductor.console.view.FakeLink;
import dev.conductor.console.view.Fleets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActionsTest {

    private final FakeLink link = new FakeLink();
    private final ConsoleWindow window = new ConsoleWindow(Fleets.twoHosts(),
            host -> host.equals("alpha") ? Optional.of(link) : Optional.empty(), Runnable::run);
    private final VirtualConsole console = new VirtualConsole().show(window);

    @Test
    void deployAsksThenShowsProgressAndTheResult() {
        selectWeb();
        console.type("d");
        assertThat(console.text()).contains("Deploy web on alpha?", "Yes", "No");
        console.press(KeyType.ArrowLeft, KeyType.Enter);
        assertThat(link.requests).containsExactly("service.deploy");
        assertThat(link.params.get("service.deploy").path("name").asText()).isEqualTo("web");
        link.send("service.deploy", "progress", "{\"step\":\"pull\",\"detail\":\"web:3\",\"seconds\":1.5}");
        console.settle();
        assertThat(console.text()).contains("pull", "web:3", "1.50s");
        link.answer("service.deploy", "{\"state\":\"Stable\"}");
        console.settle();
        assertThat(console.text()).contains("Deploy finished: Stable");
    }

    @Test
    void rollbackPicksARevisionFromHistoryAndNoDoesNothing() {
        pickRevisionTwo();
        assertThat(console.text()).contains("Roll web on alpha back to revision 2?");
        console.press(KeyType.Enter);
        assertThat(link.requests).containsExactly("service.history");
        assertThat(console.lines().get(0)).startsWith("Services (3)");
    }

    @Test
    void aFailedRollbackShowsTheAgentsReason() {
        pickRevisionTwo();
        console.press(KeyType.ArrowLeft, KeyType.Enter);
        assertThat(link.params.get("service.rollback").path("to").asInt()).isEqualTo(2);
        link.results.get("service.rollback").completeExceptionally(new IllegalStateException("image gone"));
        console.settle();
        assertThat(console.text()).contains("FAILED: image gone");
    }

    @Test
    void logsFollowAndEscCancels() {
        selectWeb();
        console.type("l");
        assertThat(link.params.get("logs.follow").path("service").asText()).isEqualTo("web");
        link.send("logs.follow", "line", "{\"timestamp\":\"12:00:01\",\"unit\":\"web-1\",\"message\":\"GET /\"}");
        console.settle();
        assertThat(console.text()).contains("12:00:01 web-1: GET /", "follow on");
        console.type("f");
        assertThat(console.text()).contains("follow off");
        console.press(KeyType.Escape);
        assertThat(link.cancelled).isTrue();
        assertThat(console.lines().get(0)).startsWith("Services");
    }

    @Test
    void inTheFunctionsViewLFollowsTheFunctionsLogs() {
        console.type("f");
        console.type("l");
        assertThat(link.params.get("logs.follow").path("function").asText()).isEqualTo("web");
        assertThat(link.params.get("logs.follow").has("service")).isFalse();
        assertThat(console.text()).contains("Logs of function web on alpha");
    }

    @Test
    void commandsArePickedGivenArgumentsAndShowTheirExitCode() {
        selectWeb();
        console.type("c");
        link.answer("commands.list", "{\"commands\":[{\"name\":\"migrate\",\"description\":\"run migrations\"}]}");
        console.settle();
        assertThat(console.text()).contains("migrate", "run migrations");
        console.press(KeyType.Enter);
        console.type("--dry-run 3");
        console.press(KeyType.Enter);
        assertThat(link.params.get("command.run").toString()).contains("migrate", "--dry-run", "\"3\"");
        link.send("command.run", "output", "{\"stream\":\"stdout\",\"data\":\"applied 0\\n\"}");
        link.answer("command.run", "{\"exit_code\":0}");
        console.settle();
        assertThat(console.text()).contains("applied 0", "exit code 0");
    }

    @Test
    void xStopsARunningCommandAndTheWindowSaysItStopped() {
        runMigrate();
        link.send("command.run", "output", "{\"stream\":\"stdout\",\"data\":\"working\\n\"}");
        console.settle();
        assertThat(console.lines().get(23)).startsWith("running").contains("x stop");
        console.type("x");
        assertThat(link.cancelled).isTrue();
        assertThat(console.lines().get(23)).startsWith("stopping").doesNotContain("x stop");
        link.answer("command.run", "null"); // how a cancelled stream ends
        console.settle();
        assertThat(console.lines().get(23)).startsWith("stopped");
        assertThat(console.text()).contains("working");
        assertThat(console.gui.getWindows()).hasSize(2); // still open, to read the output
    }

    @Test
    void logsHaveNoStopKey() {
        selectWeb();
        console.type("l");
        console.settle();
        assertThat(console.lines().get(23)).contains("Esc close").doesNotContain("x stop");
    }

    @Test
    void commandStderrIsShownInItsOwnColour() {
        runMigrate();
        link.send("command.run", "output", "{\"stream\":\"stdout\",\"data\":\"applying\\n\"}");
        link.send("command.run", "output", "{\"stream\":\"stderr\",\"data\":\"warning: slow\\nlocked\\n\"}");
        console.settle();
        assertThat(console.runsIn(console.rowStarting("warning: slow"), MarkedRows.STDERR)).containsExactly("warning: slow");
        assertThat(console.runsIn(console.rowStarting("locked"), MarkedRows.STDERR)).containsExactly("locked");
        assertThat(console.runsIn(console.rowStarting("applying"), MarkedRows.STDERR)).isEmpty();
    }

    @Test
    void actionsWorkFromAServicesDeploymentsToo() {
        selectWeb();
        console.press(KeyType.Enter);
        console.type("d");
        assertThat(console.text()).contains("Deploy web on alpha?");
    }

    @Test
    void streamWindowsRedrawOnResize() {
        selectWeb();
        console.type("l");
        link.send("logs.follow", "line", "{\"timestamp\":\"t1\",\"unit\":\"web-1\",\"message\":\"hello\"}");
        console.resize(120, 40);
        assertThat(console.lines().get(0)).startsWith("Logs of web on alpha");
        assertThat(console.text()).contains("t1 web-1: hello");
        assertThat(console.lines().get(39)).contains("Esc close");
        console.resize(80, 24);
        assertThat(console.lines().get(23)).contains("Esc close");
    }

    @Test
    void anUnconnectedHostSaysSo() {
        console.type("v/worker");
        console.press(KeyType.Enter);
        console.type("l");
        assertThat(console.text()).contains("FAILED: beta is not connected");
    }

    /** Runs web's command migrate with no arguments, its output window open. */
    private void runMigrate() {
        selectWeb();
        console.type("c");
        link.answer("commands.list", "{\"commands\":[{\"name\":\"migrate\",\"description\":\"run migrations\"}]}");
        console.settle();
        console.press(KeyType.Enter, KeyType.Enter);
    }

    /** Opens the history of web (revisions 1 to 3, 3 serving) and picks revision 2. */
    private void pickRevisionTwo() {
        selectWeb();
        console.type("r");
        link.answer("service.history", "{\"serving\":3,\"revisions\":[{\"number\":1,\"reason\":\"first\"},"
                + "{\"number\":2,\"reason\":\"bump\"},{\"number\":3,\"reason\":\"config\"}]}");
        console.settle();
        assertThat(console.text()).contains("(serving)", "bump", "first");
        console.press(KeyType.ArrowDown, KeyType.Enter);
    }

    private void selectWeb() {
        console.type("v");
        console.press(KeyType.ArrowDown);
    }
}
