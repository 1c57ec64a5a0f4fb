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
            "conductor-reload.service");

    /** The units with an [Install] section, enabled by install and disabled by uninstall. */
    public static final List<String> ENABLED_UNITS = List.of("conductor-caddy.service", "conductor-reload.service");

    private static final String AGENT_PLACEHOLDER = "{{agent}}";

    private UnitFiles() {}

    /**
     * The unit file's text, with every command calling {@code agent}.
     *
     * @throws IllegalArgumentException when {@code unit} is not one of {@link #STATIC_UNITS}
     */
    public static String render(String unit, String agent) {
        if (!STATIC_UNITS.contains(unit)) {
            throw new IllegalArgumentException("not a conductor unit: '" + unit + "'; known: " + STATIC_UNITS);
        }
        String text = template(unit).replace(AGENT_PLACEHOLDER, agent);
        if (text.contains("{{")) {
            throw new IllegalStateException("unit template " + unit + " has an unknown placeholder: " + text);
        }
        return text;
    }

    private static String template(String unit) {
        String resource = "units/" + unit;
        try (InputStream in = UnitFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " in the agent jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read unit template " + resource, e);
        }
    }
}
