package dev.conductor.agent.watch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code /etc/conductor/agent.json}: the resident agent's own settings. A missing file means the
 * defaults; a broken one is reported and also means the defaults, so that a typo never stops the agent.
 *
 * @param watch apply changed service files without a {@code reload} (default true)
 * @param retry try failed deploys again with backoff (default true)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgentConfig(Boolean watch, Boolean retry) {

    public static final Path STANDARD = Path.of("/etc/conductor/agent.json");

    public boolean watching() {
        return watch == null || watch;
    }

    public boolean retrying() {
        return retry == null || retry;
    }

    public static AgentConfig read(Path file) {
        if (!Files.exists(file)) {
            return new AgentConfig(null, null);
        }
        try {
            return new ObjectMapper().readValue(file.toFile(), AgentConfig.class);
        } catch (IOException e) {
            System.err.println("agent: ignoring " + file + ", using the defaults: " + e.getMessage());
            return new AgentConfig(null, null);
        }
    }
}
