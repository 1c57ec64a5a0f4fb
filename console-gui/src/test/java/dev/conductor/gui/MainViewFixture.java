package dev.conductor.gui;

import atlantafx.base.theme.PrimerLight;
import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.link.LinkFailedException;
import dev.conductor.console.ssh.SshOptions;
import dev.conductor.console.view.FakeLink;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The main window over {@code fleet}, host alpha's calls answered by {@code link}, no host ever connected. */
public final class MainViewFixture {

    private MainViewFixture() {
    }

    public static Scene show(Stage stage, Fleet fleet, FakeLink link, Path home, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Hosts hosts = new Hosts(fleet, destination -> {
            throw new LinkFailedException("no hosts in this test", false, null);
        });
        FxCalls calls = new FxCalls(host -> "alpha".equals(host) ? Optional.of(link) : Optional.empty(),
                Runnable::run, Platform::runLater);
        ConsoleContext context = new ConsoleContext(fleet, hosts, calls, SshOptions.defaults(), Optional.empty(), "dev",
                home.resolve("hosts"));
        Scene scene = new Scene(new MainView(context, stage, () -> { }).root(), width, height);
        stage.setScene(scene);
        stage.show();
        return scene;
    }
}
