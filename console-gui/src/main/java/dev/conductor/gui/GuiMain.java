package dev.conductor.gui;

import dev.conductor.console.view.HostList;
import dev.conductor.gui.launch.ToolkitCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code conductor-gui [HOST...]}: the desktop console. A plain main class, outside the
 * {@code Application} subclass, so that a shaded jar starts JavaFX from the class path.
 */
@Command(name = "conductor-gui", mixinStandardHelpOptions = true, versionProvider = GuiMain.Version.class,
        description = "Watch and run a Conductor fleet from the desktop.")
public final class GuiMain implements Callable<Integer> {

    /** The exit code when JavaFX cannot open a window here, e.g. for want of GTK 3. */
    static final int NO_TOOLKIT = 3;

    @Parameters(paramLabel = "HOST", arity = "0..*",
            description = "ssh destinations or ~/.ssh/config aliases; default: ~/.config/conductor/hosts")
    List<String> hosts = new ArrayList<>();

    @Option(names = "--trust-new-host-keys", description = "accept and remember unknown host keys without asking")
    boolean trustNewHostKeys;

    @Option(names = "--agent-jar", paramLabel = "FILE",
            description = "the conductor-agent.jar to install on hosts without one; default: next to this console")
    Path agentJar;

    @Option(names = "--bench-services", hidden = true, paramLabel = "N",
            description = "print the time until N services show, then exit (for installers/bench/gui-bench)")
    int benchServices;

    @Spec
    CommandSpec spec;

    ToolkitCheck toolkit = ToolkitCheck.standard();

    public static void main(String[] args) {
        int status = new CommandLine(new GuiMain()).execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    @Override
    public Integer call() {
        Path home = Path.of(System.getProperty("user.home"));
        GuiOptions options = new GuiOptions(hosts.isEmpty() ? HostList.read(home.resolve(".config/conductor/hosts"))
                : hosts, trustNewHostKeys, agent(), home, version(), benchServices);
        Optional<String> cannot = toolkit.beforeLaunch().or(() -> launch(options));
        cannot.ifPresent(spec.commandLine().getErr()::println);
        return cannot.isPresent() ? NO_TOOLKIT : 0;
    }

    /** Runs the console until it closes; empty, unless its toolkit failed to start and this says why. */
    private Optional<String> launch(GuiOptions options) {
        try {
            ConsoleApp.launchWith(options);
            return Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            Optional<String> explained = toolkit.afterFailure(e);
            if (explained.isEmpty()) {
                throw e;
            }
            return explained;
        }
    }

    /** The given jar, else {@code conductor-agent.jar} beside the console's own jar, if there is one. */
    private Optional<Path> agent() {
        if (agentJar != null) {
            return Optional.of(agentJar);
        }
        try {
            Path self = Path.of(GuiMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = self.resolveSibling("conductor-agent.jar");
            return Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    static String version() {
        String version = GuiMain.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** The version for {@code --version}. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"conductor-gui " + version()};
        }
    }
}
