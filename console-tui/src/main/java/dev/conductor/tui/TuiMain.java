package dev.conductor.tui;

import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.TextGUIThread;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import dev.conductor.console.fleet.Fleet;
import dev.conductor.console.fleet.HostWatcher;
import dev.conductor.console.link.AgentConnector;
import dev.conductor.console.link.Backoff;
import dev.conductor.console.link.LinkFailedException;
import dev.conductor.console.session.LocalAgentConnector;
import dev.conductor.console.session.SessionOptions;
import dev.conductor.console.session.SshAgentConnector;
import dev.conductor.console.ssh.HostKeyTrust;
import dev.conductor.console.ssh.SshOptions;
import dev.conductor.console.ssh.SshTransport;
import dev.conductor.console.view.HostList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code conductor-tui [HOST...]}: the full-screen terminal console over SSH. */
@Command(name = "conductor-tui", mixinStandardHelpOptions = true, versionProvider = TuiMain.Version.class,
        description = "Watch and run a Conductor fleet in the terminal: over SSH, or on a server with --local.")
public final class TuiMain implements Callable<Integer> {

    @Parameters(paramLabel = "HOST", arity = "0..*",
            description = "ssh destinations or ~/.ssh/config aliases; default: ~/.config/conductor/hosts")
    List<String> hosts = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Option(names = "--trust-new-host-keys", description = "accept and remember unknown host keys without asking")
    boolean trustNewHostKeys;

    @Option(names = "--local", description = "attach to this machine's resident agent through its socket, no SSH")
    boolean local;

    public static void main(String[] args) {
        TuiLog.toFile(); // before any logger exists: nothing may print over the screen
        System.exit(new CommandLine(new TuiMain()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        if (local) {
            return runLocal();
        }
        List<String> destinations = hosts.isEmpty() ? HostList.read(HostList.standard()) : hosts;
        if (destinations.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give at least one HOST, or list them in " + HostList.standard());
        }
        return onScreen(gui -> {
            HostKeyTrust trust = trustNewHostKeys ? HostKeyTrust.ACCEPT_NEW : new DialogTrust(gui);
            try (SshTransport transport = new SshTransport(SshOptions.defaults().withTrust(trust))) {
                run(gui, destinations, new SshAgentConnector(transport, SessionOptions.defaults(version())));
            }
        });
    }

    private int runLocal() throws IOException {
        if (!hosts.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--local takes no HOST: it attaches to"
                    + " this machine's agent; leave out --local to reach " + String.join(" ", hosts) + " over SSH");
        }
        LocalAgentConnector connector = LocalAgentConnector.standard(SessionOptions.defaults(version()));
        try {
            connector.requireUsable();
        } catch (LinkFailedException e) {
            spec.commandLine().getErr().println("conductor-tui: " + e.getMessage());
            return 1;
        }
        return onScreen(gui -> run(gui, List.of(LocalAgentConnector.DESTINATION), connector));
    }

    private static int onScreen(Consumer<MultiWindowTextGUI> console) throws IOException {
        Screen screen = new TerminalScreen(new DefaultTerminalFactory().createTerminal());
        screen.startScreen();
        try {
            console.accept(new MultiWindowTextGUI(screen));
        } finally {
            screen.stopScreen();
        }
        return 0;
    }

    /** Runs the GUI on this thread until the operator quits. */
    private static void run(MultiWindowTextGUI gui, List<String> destinations, AgentConnector connector) {
        Fleet fleet = new Fleet();
        Map<String, HostWatcher> watchers = new ConcurrentHashMap<>();
        ConsoleWindow window = new ConsoleWindow(fleet,
                host -> Optional.ofNullable(watchers.get(host)).flatMap(HostWatcher::link));
        window.startOn(destinations);
        gui.addWindow(window);
        gui.getGUIThread().setExceptionHandler(new KeepRunning(window));
        destinations.forEach(host -> watchers.put(host,
                new HostWatcher(host, fleet, connector, Backoff.standard()).start()));
        window.waitUntilClosed();
        watchers.values().forEach(HostWatcher::close);
    }

    /** A bug in one view should not take the operator's whole console down: show it and go on. */
    private record KeepRunning(ConsoleWindow window) implements TextGUIThread.ExceptionHandler {
        @Override
        public boolean onIOException(IOException e) {
            return true; // the terminal is gone
        }

        @Override
        public boolean onRuntimeException(RuntimeException e) {
            window.showError(e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
    }

    static String version() {
        String version = TuiMain.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** The version for {@code --version}. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"conductor-tui " + version()};
        }
    }
}
