package dev.conductor.gui.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.conductor.console.view.FakeLink;
import dev.conductor.console.view.Fleets;
import dev.conductor.console.view.Grid;
import dev.conductor.gui.FxCalls;
import dev.conductor.protocol.method.FleetResult;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The fleet tab: two tables from the agent's {@code fleet} answer, asked again while open. */
@ExtendWith(ApplicationExtension.class)
class FleetPaneTest {

    private final FakeLink link = new FakeLink();
    private FleetPane pane;

    @Start
    void start(Stage stage) {
        FxCalls calls = new FxCalls(host -> Optional.of(link), Runnable::run, Platform::runLater);
        pane = FleetPane.watch(calls, "alpha", Duration.millis(50));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene((Parent) pane.node(), 900, 600));
        stage.show();
    }

    @Test
    void showsServicesPlacedAgainstRunningAndHostsUsedAgainstDeclared(FxRobot robot) throws Exception {
        link.answer("fleet", Fleets.cluster());
        await(robot, () -> rows(robot, "#fleet-services").size() == 3);

        assertThat(pane.title()).isEqualTo("Fleet · alpha");
        assertThat(columns(robot, "#fleet-services")).containsExactly("NAME", "VERSION", "PLACED ON", "RUNNING ON");
        assertThat(rows(robot, "#fleet-services").get(0).cells())
                .containsExactly("web", "2", "alpha, beta", "! alpha, beta@bbbbbbbbbbbb (WaitNext)");
        assertThat(columns(robot, "#fleet-hosts")).containsExactly("HOST", "STATE", "GPU", "RAM_GB", "VCPU");
        assertThat(rows(robot, "#fleet-hosts").get(1).cells()).containsExactly("beta", "missing", "1/0 !", "0/0", "3/2 !");
        assertThat(robot.lookup("#fleet-summary").queryLabeled().getText())
                .isEqualTo("Fleet of alpha: 3 services, 2 hosts, 2 not running as placed and pushed (!)");
    }

    @Test
    void asksAgainAndKeepsWhatItShowedWhenAnAnswerFails(FxRobot robot) throws Exception {
        link.answer("fleet", Fleets.cluster());
        await(robot, () -> rows(robot, "#fleet-services").size() == 3);
        answerNext(new FleetResult(true, Fleets.cluster().services().subList(0, 1), List.of()));
        await(robot, () -> rows(robot, "#fleet-services").size() == 1);
        synchronized (link) {
            link.results.put("fleet", CompletableFuture.failedFuture(new IllegalStateException("NATS timed out")));
        }
        await(robot, () -> robot.lookup("#fleet-status").queryLabeled().getText().contains("NATS timed out"));

        assertThat(rows(robot, "#fleet-services")).hasSize(1);
        robot.interact(pane::close);
        int asked = link.requests.size();
        Thread.sleep(200);
        assertThat(link.requests).hasSize(asked);
    }

    private void answerNext(FleetResult next) {
        synchronized (link) {
            link.results.remove("fleet");
            link.answer("fleet", next);
        }
    }

    private static void await(FxRobot robot, Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.get();
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Grid.Row> rows(FxRobot robot, String id) {
        return List.copyOf(robot.lookup(id).queryAs(TableView.class).getItems());
    }

    @SuppressWarnings("unchecked")
    private static List<String> columns(FxRobot robot, String id) {
        return ((TableView<Grid.Row>) robot.lookup(id).queryAs(TableView.class)).getColumns().stream()
                .map(TableColumn::getText).toList();
    }
}
