package dev.conductor.agent.function;

import dev.conductor.agent.context.ExecutionContext;
import dev.conductor.agent.context.ServiceContext;
import dev.conductor.spec.ServiceFunction;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The context in which a service's proxy template is called for one of its functions: the
 * service's variables and {@code CONDUCTOR_FUNCTION_ID}, {@code CONDUCTOR_FUNCTION_NAME} and
 * {@code CONDUCTOR_FUNCTION_SOCKET} (where Caddy dials it).
 */
public record FunctionContext(ServiceContext service, ServiceFunction function) implements ExecutionContext {

    public String id() {
        return FunctionId.of(service.spec().name(), function);
    }

    @Override
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>(service.environment());
        environment.put("CONDUCTOR_FUNCTION_ID", id());
        environment.put("CONDUCTOR_FUNCTION_NAME", function.name());
        environment.put("CONDUCTOR_FUNCTION_SOCKET", FunctionId.socket(id()).toString());
        return environment;
    }

    @Override
    public Path workingDirectory() {
        return service.workingDirectory();
    }

    @Override
    public String describe() {
        return "function '" + id() + "' of " + service.describe();
    }
}
