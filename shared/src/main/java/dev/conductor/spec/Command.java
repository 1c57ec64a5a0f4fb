package dev.conductor.spec;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A command run with {@code conductor run} ({@code commands{}} in the service file, keyed by
 * name). A child file replaces a parent's command of the same name whole.
 *
 * @param service runs once for the service
 * @param serviceAnyDeployment runs for the service in the context of any active deployment
 * @param deployment runs in the context of a given deployment
 * @param description one line for listings; {@code ""} by default
 * @param exec the command line; {@code exec[0]} is absolute once loaded when it holds a slash
 */
public record Command(
        boolean service,
        boolean serviceAnyDeployment,
        boolean deployment,
        String description,
        @NotEmpty List<@NotNull String> exec) {

    public Command {
        description = description == null ? "" : description;
        exec = Copies.list(exec);
    }
}
