package dev.conductor.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
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
 * @param remote how it is exposed as a remote action, null when it is not; only a {@code service}
 *     command can be (it runs in the service context, as {@code run -s} runs it)
 */
public record Command(
        boolean service,
        boolean serviceAnyDeployment,
        boolean deployment,
        String description,
        @NotEmpty List<@NotNull String> exec,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Valid CommandRemote remote) {

    public Command {
        description = description == null ? "" : description;
        exec = Copies.list(exec);
    }

    /** A command that is not exposed remotely. */
    public Command(boolean service, boolean serviceAnyDeployment, boolean deployment, String description,
            List<String> exec) {
        this(service, serviceAnyDeployment, deployment, description, exec, null);
    }

    /** The same command running {@code newExec}: paths made absolute once loaded. */
    public Command withExec(List<String> newExec) {
        return new Command(service, serviceAnyDeployment, deployment, description, newExec, remote);
    }
}
