package dev.conductor.gui.bench;

import atlantafx.base.theme.PrimerLight;
import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.link.LinkFailedException;
import dev.conductor.console.ssh.SshOptions;
import dev.conductor.console.view.FakeLink;
import dev.conductor.gui.ConsoleApp;
import dev.conductor.gui.ConsoleContext;
import dev.conductor.gui.FleetRefresher;
import dev.conductor.gui.FxCalls;
import dev.conductor.gui.Hosts;
import dev.conductor.gui.MainView;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The real main window, 1280x800, over a fleet filled directly; agent calls (the selected
 * service's details) go to a fake link that never answers. Build it on the FX thread.
 */
final class BenchWindow {

    private final Stage stage = new Stage();
    private final Scene scene;
    private final FleetRefresher refresher;

    BenchWindow(Fleet fleet, Path home) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Hosts hosts = new Hosts(fleet, destination -> {
            throw new LinkFailedException("no SSH in this benchmark", false, null);
        });
        FakeLink link = new FakeLink();
        FxCalls calls = new FxCalls(host -> Optional.of(link), Runnable::run, Platform::runLater);
        ConsoleContext context = new ConsoleContext(fleet, hosts, calls, SshOptions.defaults(), Optional.empty(),
                "bench", home.resolve("hosts"));
        MainView view = new MainView(context, stage, () -> { });
        refresher = view.refresher();
        scene = new Scene(view.root(), 1280, 800);
        scene.getStylesheets().add(
                Objects.requireNonNull(ConsoleApp.class.getResource("console.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
        // the operator is looking at the table; a focused text field's blinking caret would add pulses
        scene.lookup("#services-table").requestFocus();
    }

    Scene scene() {
        return scene;
    }

    void close() {
        stage.hide();
    }

    /** The refresher the window itself uses: its counts are the window's real refreshes. */
    FleetRefresher refresher() {
        return refresher;
    }

    /**
     * MainView keeps the FleetRefresher it registers to itself. A second refresher of our own
     * would double the work being measured, so read the window's own from the fleet's listeners
     * (a benchmark-only shortcut; fails loudly if Fleet changes).
     */
}
