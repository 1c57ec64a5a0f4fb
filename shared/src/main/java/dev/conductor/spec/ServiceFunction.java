package dev.conductor.spec;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A CGI or http-stdio function ({@code functions[]} in the service file).
 *
 * @param name the function's name inside the service; {@code ""} by default
 * @param format the wire format, {@link FunctionFormat#CGI} by default
 * @param exec the command line; {@code exec[0]} is absolute once loaded when it holds a slash
 * @param stderrAsStdout send the script's stderr to the response too
 * @param responseHeaders headers added to every response, as {@code "Name: value"}
 * @param noResponseHeaders the script prints no headers, only a body
 * @param pathInfoStrip how many leading path segments to strip from {@code PATH_INFO}
 * @param serviceDirectives extra directives for the function's systemd unit
 * @param policies names of the security policies that guard the function
 */
public record ServiceFunction(
        @NotNull @SafeName(allowEmpty = true) String name,
        FunctionFormat format,
        @NotEmpty List<@NotNull String> exec,
        boolean stderrAsStdout,
        List<@NotNull @Pattern(regexp = "[^:\\s]+:.*", message = "must look like 'Name: value'") String>
                responseHeaders,
        boolean noResponseHeaders,
        @PositiveOrZero int pathInfoStrip,
        List<@NotNull String> serviceDirectives,
        List<@NotNull String> policies) {

    public ServiceFunction {
        name = name == null ? "" : name;
        format = format == null ? FunctionFormat.CGI : format;
        exec = Copies.list(exec);
        responseHeaders = Copies.list(responseHeaders);
        serviceDirectives = Copies.list(serviceDirectives);
        policies = Copies.list(policies);
    }
}
