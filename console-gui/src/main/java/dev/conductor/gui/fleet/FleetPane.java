package dev.conductor.gui.fleet;

import atlantafx.base.theme.Styles;
import dev.conductor.console.view.FleetGrids;
import dev.conductor.gui.FxCalls;
import dev.conductor.gui.GridTable;
import dev.conductor.protocol.method.FleetResult;
import dev.conductor.protocol.method.MethodNames;
import dev.conductor.protocol.method.NoParams;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The fleet as one host's agent sees it ({@code fleet}): the services, placed against running, and
 * the hosts, each resource used against declared. Asked again every few seconds, one question at a
 * time; lives in a tab, and {@link #close()} stops asking. Build and use it on the FX thread.
 */
public final class FleetPane {

    /** As often as the agents' heartbeats change what it shows. */
    public static final Duration PERIOD = Duration.seconds(3);

    private final FxCalls calls;
    private final String host;
    private final Label summary = new Label("asking…");
    private final GridTable services = new GridTable("fleet-services", "No fleet services");
    private final GridTable hosts = new GridTable("fleet-hosts", "No hosts");
    private final Label status = new Label();
    private final VBox root;
    private final Timeline timer;
    private boolean asking;

    private FleetPane(FxCalls calls, String host, Duration period) {
        this.calls = calls;
        this.host = host;
        summary.setId("fleet-summary");
        summary.getStyleClass().add(Styles.TITLE_4);
        status.setId("fleet-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        root = new VBox(8, summary, caption("Services: ! when not running as placed, or another version"),
                services.table(), caption("Hosts: used/declared, the best of the services placed there"),
                hosts.table(), status);
        root.setId("fleet-pane");
        root.setPadding(new Insets(10));
        VBox.setVgrow(services.table(), Priority.ALWAYS);
        VBox.setVgrow(hosts.table(), Priority.ALWAYS);
        timer = new Timeline(new KeyFrame(period, tick -> ask()));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    /** Asks {@code host} now, then every {@code period} until closed. */
    public static FleetPane watch(FxCalls calls, String host, Duration period) {
        FleetPane pane = new FleetPane(calls, host, period);
        pane.ask();
        pane.timer.play();
        return pane;
    }

    public Node node() {
        return root;
    }

    /** The tab text, e.g. {@code Fleet · alpha}. */
    public String title() {
        return "Fleet · " + host;
    }

    public void close() {
        timer.stop();
    }

    // a slow agent (NATS timing out) gets no second question on top of the first
    private void ask() {
        if (asking) {
            return;
        }
        asking = true;
        calls.call(host, MethodNames.FLEET, NoParams.NONE).whenComplete((fleet, failure) -> {
            asking = false;
            if (failure == null) {
                show(fleet);
            } else {
                status.setText("Failed: " + FxCalls.reason(failure) + " · asking again");
            }
        });
    }

    private void show(FleetResult fleet) {
        summary.setText(FleetGrids.summary(host, fleet));
        services.show(FleetGrids.services(fleet));
        hosts.show(FleetGrids.hosts(fleet));
        status.setText("as of " + LocalTime.now().truncatedTo(ChronoUnit.SECONDS));
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        return label;
    }
}
