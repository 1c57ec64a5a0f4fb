package dev.conductor.agent.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The agent's version, as Maven filtered it into {@code version.properties} at build time. */
public final class AgentVersion implements IVersionProvider {

    private static final String RESOURCE = "/dev/conductor/agent/version.properties";

    /** Returns the project version, for example {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        try (InputStream in = AgentVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " in the agent jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"conductor-agent " + current()};
    }
}
