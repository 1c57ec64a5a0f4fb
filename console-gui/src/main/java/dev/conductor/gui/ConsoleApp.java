package dev.conductor.gui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.session.SessionOptions;
import dev.conductor.console.session.SshAgentConnector;
import dev.conductor.console.ssh.HostKeyTrust;
import dev.conductor.console.ssh.SshOptions;
import dev.conductor.console.ssh.SshPaths;
import dev.conductor.console.ssh.SshTransport;
import dev.conductor.gui.host.FxTrust;
import java.time.Duration;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop console: one window over the fleet, its hosts watched over SSH. Started by
 * {@link GuiMain}; tests call {@link #open(Stage, GuiOptions)} on their own stage.
 */
public final class ConsoleApp extends Application {

    private static volatile GuiOptions launchOptions;
    private Opened opened;

    static void launchWith(GuiOptions options) {
        launchOptions = options;
        Application.launch(ConsoleApp.class);
    }

    @Override
    public void start(Stage stage) {
        ErrorDialog.install();
        opened = open(stage, Objects.requireNonNull(launchOptions, "start with GuiMain"));
    }

    @Override
    public void stop() {
        if (opened != null) {
            opened.close();
        }
    }

    /** Builds the window on {@code stage}, shows it and starts watching the hosts. */
    public static Opened open(Stage stage, GuiOptions options) {
        HostKeyTrust trust = options.trustNewHostKeys() ? HostKeyTrust.ACCEPT_NEW : new FxTrust();
        // two minutes to log in: the operator may be reading a host key's fingerprint meanwhile
        SshOptions ssh = SshOptions.defaults().withPaths(SshPaths.under(options.home())).withTrust(trust)
                .withTimeouts(Duration.ofSeconds(15), Duration.ofMinutes(2));
        SshTransport transport = new SshTransport(ssh);
        Fleet fleet = new Fleet();
        Hosts hosts = new Hosts(fleet, new SshAgentConnector(transport, SessionOptions.defaults(options.version())));
        options.hosts().forEach(hosts::add); // SSH logins overlap the window's construction
        ConsoleContext context = new ConsoleContext(fleet, hosts, FxCalls.standard(hosts), ssh, options.agentJar(),
                options.version(), options.hostsFile());
        WindowState[] state = {WindowState.load(options.stateFile())};
        Theme theme = new Theme(state[0].dark());
        MainView view = new MainView(context, stage, () -> state[0] = state[0].withDark(theme.toggle()));
        stage.setScene(new Scene(view.root()));
        stage.getScene().getStylesheets().add(Objects.requireNonNull(
                ConsoleApp.class.getResource("console.css")).toExternalForm());
        stage.setTitle("Conductor");
        Placement.apply(stage, view, state[0]);
        stage.setOnHidden(e -> Placement.capture(stage, view, state[0]).save(options.stateFile()));
        stage.show();
        if (options.benchServices() > 0) {
            LaunchProbe.watch(options.benchServices(), fleet, view.servicesTable(), System.out);
        }
        return new Opened(view, hosts, transport);
    }

    /**
     * A window that is open, with what to close when it goes.
     *
     * @param view the main view
     * @param hosts the host watchers
     * @param transport the SSH client
     */
    public record Opened(MainView view, Hosts hosts, SshTransport transport) implements AutoCloseable {
        @Override
        public void close() {
            hosts.close();
            transport.close();
        }
    }

    /** AtlantaFX's Primer theme, light or dark, for the whole application. */
    private static final class Theme {
        private boolean dark;

        Theme(boolean dark) {
            this.dark = dark;
            apply();
        }

        boolean toggle() {
            dark = !dark;
            apply();
            return dark;
        }

        private void apply() {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                    : new PrimerLight().getUserAgentStylesheet());
        }
    }
}
