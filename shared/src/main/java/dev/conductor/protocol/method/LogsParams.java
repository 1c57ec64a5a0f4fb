package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code logs.follow}: the journal of exactly one of a service, a deployment, a unit or a function.
 *
 * @param lines lines of backlog, 0 for none; null for the agent's default (100)
 * @param function a function's id, {@code SERVICE} or {@code SERVICE-NAME}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogsParams(String service, String deployment, String unit, Integer lines, String function)
        implements RequestParams {

    private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9@_.:\\\\-]+");

    /** One of a service, a deployment or a unit. */
    public LogsParams(String service, String deployment, String unit, Integer lines) {
        this(service, deployment, unit, lines, null);
    }

    public static LogsParams ofService(String service, Integer lines) {
        return new LogsParams(service, null, null, lines);
    }

    public static LogsParams ofDeployment(String deployment, Integer lines) {
        return new LogsParams(null, deployment, null, lines);
    }

    public static LogsParams ofFunction(String function, Integer lines) {
        return new LogsParams(null, null, null, lines, function);
    }

    static LogsParams read(ParamsReader in) {
        LogsParams params = new LogsParams(in.optionalName("service"), in.optionalName("deployment"),
                in.optionalText("unit"), in.integer("lines"), in.optionalName("function"));
        if (Stream.of(params.service, params.deployment, params.unit, params.function).filter(Objects::nonNull)
                .count() != 1) {
            throw in.bad("give exactly one of 'service', 'deployment', 'unit' and 'function'");
        }
        if (params.unit != null && !UNIT.matcher(params.unit).matches()) {
            throw in.bad("'unit' is not a unit name: " + ParamsReader.quote(params.unit));
        }
        return params;
    }
}
