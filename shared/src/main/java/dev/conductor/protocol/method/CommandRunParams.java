package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code command.run}: a declared command in the context of a service or of one deployment.
 *
 * @param service the service, or null when {@code deployment} is given
 * @param deployment the deployment, or null when {@code service} is given
 * @param command the declared command's name
 * @param args its arguments, a list and never one shell string
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandRunParams(String service, String deployment, String command, List<String> args)
        implements RequestParams {

    public CommandRunParams {
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** Runs {@code command} in the service's context. */
    public static CommandRunParams ofService(String service, String command, List<String> args) {
        return new CommandRunParams(service, null, command, args);
    }

    /** Runs {@code command} in the deployment's context. */
    public static CommandRunParams ofDeployment(String deployment, String command, List<String> args) {
        return new CommandRunParams(null, deployment, command, args);
    }

    static CommandRunParams read(ParamsReader in) {
        CommandRunParams params = new CommandRunParams(in.optionalName("service"), in.optionalName("deployment"),
                in.text("command"), in.texts("args"));
        if ((params.service == null) == (params.deployment == null)) {
            throw in.bad("give exactly one of 'service' and 'deployment'");
        }
        return params;
    }
}
