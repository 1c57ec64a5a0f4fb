package dev.conductor.agent.install;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The static units of docs/engine.md, rendered from the templates under {@code install/units/}. */
public final class UnitFiles {

    /** Every unit that {@code system install} writes to /etc/systemd/system. */
    public static final List<String> STATIC_UNITS = List.of(
            "conductor-service@.service",
            "conductor-service-config@.service",
            "conductor-deployment@.service",
            "conductor-deployment-config@.service",
            "conductor-caddy.service",
            "conductor-reload.service",
            "conductor-agent.socket",
            "conductor-agent.service");

    /** The units with an [Install] section, enabled by install and disabled by uninstall. */
    public static final List<String> ENABLED_UNITS = List.of("conductor-caddy.service", "conductor-reload.service",
            "conductor-agent.socket", "conductor-agent.service");

    /** The resident agent's units: started by install, restarted when the jar changes. */
    public static final String AGENT_SOCKET = "conductor-agent.socket";
    public static final String AGENT_SERVICE = "conductor-agent.service";

    private static final String AGENT_PLACEHOLDER = "{{agent}}";
    private static final String UNIT_CLIENT_PLACEHOLDER = "{{unit}}";

    private UnitFiles() {}

    /** The unit file's text, with the standard thin client of the agent's socket. */
    public static String render(String unit, String agent) {
        return render(unit, agent, InstallLayout.UNIT_CLIENT);
    }

    /**
     * The unit file's text: the agent's own unit runs {@code agent}, every other command calls
     * {@code unitClient}, which asks the resident agent.
     *
     * @throws IllegalArgumentException when {@code unit} is not one of {@link #STATIC_UNITS}
     */
    public static String render(String unit, String agent, String unitClient) {
        if (!STATIC_UNITS.contains(unit)) {
            throw new IllegalArgumentException("not a conductor unit: '" + unit + "'; known: " + STATIC_UNITS);
        }
        String text = template(unit).replace(AGENT_PLACEHOLDER, agent).replace(UNIT_CLIENT_PLACEHOLDER, unitClient);
        if (text.contains("{{")) {
            throw new IllegalStateException("unit template " + unit + " has an unknown placeholder: " + text);
        }
        return text;
    }

    /** The thin client's script, {@code InstallLayout.UNIT_CLIENT}. */
    public static String unitClient() {
        return resource("conductor-unit");
    }

    /** The drop-in for caddy.service, {@code InstallLayout#caddyDropIn}: the directory of Caddy's admin socket. */
    public static String caddyDropIn() {
        return resource("caddy-admin.conf");
    }

    private static String template(String unit) {
        return resource("units/" + unit);
    }

    private static String resource(String resource) {
        try (InputStream in = UnitFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " in the agent jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the agent jar", e);
        }
    }
}
