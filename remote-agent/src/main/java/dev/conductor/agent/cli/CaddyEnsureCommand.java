package dev.conductor.agent.cli;

import dev.conductor.agent.caddy.AdminEndpoint;
import dev.conductor.agent.caddy.CaddyException;
import dev.conductor.agent.caddy.HttpCaddyAdmin;
import dev.conductor.agent.install.CaddyServerEnsurer;
import dev.conductor.agent.install.InstallException;
import dev.conductor.agent.process.LocalProcessRunner;
import dev.conductor.agent.service.RouteRevival;
import dev.conductor.agent.systemd.SystemctlSystemd;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code conductor-agent _ caddy-ensure}, run by conductor-caddy.service each time caddy.service
 * (re)starts: recreates Caddy's conductor-server, which Caddy forgets on restart.
 */
@Command(name = "caddy-ensure", mixinStandardHelpOptions = true,
        description = {"Make sure Caddy has the HTTP server conductor-server (routes for services), creating it",
                "and any missing parents of its config. Waits for Caddy's admin API to answer.",
                "Exit code 1 when Caddy does not answer or another server holds the port."})
public final class CaddyEnsureCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--admin", paramLabel = "ADDRESS", description = {"Caddy's admin API: unix//PATH, or a loopback",
            "http://HOST:PORT. Default: the admin address in /etc/caddy/Caddyfile, else http://localhost:2019"})
    private String admin;

    @Option(names = "--listen", paramLabel = "ADDRESS", description = "Where conductor-server listens. Default: ${DEFAULT-VALUE}")
    private String listen = CaddyServerEnsurer.DEFAULT_LISTEN;

    @Option(names = "--wait", paramLabel = "SECONDS",
            description = "How long to wait for the admin API to answer. Default: ${DEFAULT-VALUE}")
    private long waitSeconds = CaddyServerEnsurer.DEFAULT_WAIT.toSeconds();

    @Option(names = "--revive-routes",
            description = "Also start again the route units of running services and deployments (after Caddy started).")
    private boolean reviveRoutes;

    @Override
    public Integer call() {
        try {
            HttpCaddyAdmin caddy = admin == null ? HttpCaddyAdmin.standard() : new HttpCaddyAdmin(AdminEndpoint.parse(admin));
            CaddyServerEnsurer ensurer = new CaddyServerEnsurer(caddy, listen, Duration.ofSeconds(waitSeconds));
            boolean created = ensurer.ensure();
            spec.commandLine().getOut().println("conductor-server on " + listen + (created ? ": created" : ": present"));
            if (reviveRoutes) {
                new RouteRevival(new SystemctlSystemd(new LocalProcessRunner())).revive()
                        .forEach(unit -> spec.commandLine().getOut().println("queued start of " + unit));
            }
            spec.commandLine().getOut().flush();
            return 0;
        } catch (InstallException | CaddyException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("conductor-agent _ caddy-ensure: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 1;
        }
    }
}
