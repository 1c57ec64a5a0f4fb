package dev.conductor.spec.load;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.conductor.spec.FunctionFormat;
import dev.conductor.spec.FunctionMode;
import dev.conductor.spec.Hook;
import dev.conductor.spec.Pod;
import dev.conductor.spec.ServiceFunction;
import dev.conductor.spec.VariableName;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks one parsed file with Bean Validation and reports every problem at its JSON pointer.
 * Each file is checked on its own, before merging: list entries are inherited whole, so a
 * problem always belongs to the file that wrote it.
 */
final class ServiceFileValidator {

    // Property nodes carry the JSON names, so that paths turn into pointers directly.
    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    // ParameterMessageInterpolator: no Expression Language implementation is on the classpath.
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .propertyNodeNameProvider(property -> SNAKE_CASE.translate(property.getName()))
            .buildValidatorFactory()
            .getValidator();

    void validate(Path file, ServiceFile serviceFile) {
        List<ServiceFileException> problems = new ArrayList<>();
        VALIDATOR.validate(serviceFile).stream()
                .map(violation -> new ServiceFileException(file, pointer(violation), reason(violation)))
                .forEach(problems::add);
        configKeys(file, serviceFile, problems);
        secretKeys(file, serviceFile, problems);
        functionModes(file, serviceFile, problems);
        remoteCommands(file, serviceFile, problems);
        ResourceRules.check(file, serviceFile.resources(), problems);
        duplicates(file, "/pods", "name", serviceFile.pods(), Pod::name, problems);
        duplicates(file, "/functions", "name", serviceFile.functions(), ServiceFunction::name, problems);
        duplicates(file, "/hooks", "id", serviceFile.hooks(), Hook::id, problems);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(ServiceFileException::location));
            throw ServiceFileException.combine(problems);
        }
    }

    private static void configKeys(Path file, ServiceFile serviceFile, List<ServiceFileException> problems) {
        if (serviceFile.config() != null) {
            serviceFile.config().keySet().stream().filter(key -> !VariableName.valid(key))
                    .forEach(key -> problems.add(new ServiceFileException(file,
                            JsonPointer.empty().appendProperty("config").appendProperty(key).toString(),
                            "config key \"" + key + "\" is not a valid environment variable name: it must match "
                                    + VariableName.RULE)));
        }
    }

    private static void secretKeys(Path file, ServiceFile serviceFile, List<ServiceFileException> problems) {
        List<String> secrets = serviceFile.secrets() == null ? List.of() : serviceFile.secrets();
        for (int i = 0; i < secrets.size(); i++) {
            String key = secrets.get(i);
            if (key != null && !VariableName.valid(key)) {
                problems.add(new ServiceFileException(file, "/secrets/" + i, "secret \"" + key
                        + "\" is not a valid environment variable name: it must match " + VariableName.RULE));
            } else if (key != null && secrets.indexOf(key) < i) {
                problems.add(new ServiceFileException(file, "/secrets/" + i, "secret \"" + key
                        + "\" is listed twice"));
            }
        }
    }

    // cgi has its request in the environment: one process per request, none started ahead
    private static void functionModes(Path file, ServiceFile serviceFile, List<ServiceFileException> problems) {
        List<ServiceFunction> functions = serviceFile.functions() == null ? List.of() : serviceFile.functions();
        for (int i = 0; i < functions.size(); i++) {
            ServiceFunction function = functions.get(i);
            if (function != null && function.format() == FunctionFormat.ACTION) {
                problems.add(new ServiceFileException(file, "/functions/" + i + "/format", "format \"action\" is"
                        + " what a command with \"remote\" becomes; declare it under commands{} instead"));
            }
            if (function == null || function.format() != FunctionFormat.CGI) {
                continue;
            }
            if (function.mode() != FunctionMode.SINGLE) {
                problems.add(new ServiceFileException(file, "/functions/" + i + "/mode", "format cgi runs one process"
                        + " per request, so its mode is single, not " + function.mode().value()
                        + "; multi and parallel programs speak HTTP (format http-stdio)"));
            }
            if (function.minWarm() > 0) {
                problems.add(new ServiceFileException(file, "/functions/" + i + "/min_warm", "a cgi process cannot"
                        + " be started ahead of its request, which it gets in its environment; min_warm must be 0"
                        + " for format cgi (an http-stdio process can wait on its connection)"));
            }
        }
    }

    // a remote run has no deployment to name and picks none: it runs where 'run -s' runs a service command
    private static void remoteCommands(Path file, ServiceFile serviceFile, List<ServiceFileException> problems) {
        if (serviceFile.commands() == null) {
            return;
        }
        serviceFile.commands().forEach((name, command) -> {
            if (command != null && command.remote() != null && !command.service()) {
                problems.add(new ServiceFileException(file, JsonPointer.empty().appendProperty("commands")
                        .appendProperty(name).appendProperty("remote").toString(), "command \"" + name
                        + "\" is remote, so it must run in the service context: set \"service\": true (a remote"
                        + " action cannot pick a deployment)"));
            }
        });
    }

    private static <T> void duplicates(Path file, String listPointer, String keyField, List<T> entries,
            Function<T, String> key, List<ServiceFileException> problems) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; entries != null && i < entries.size(); i++) {
            String value = entries.get(i) == null ? null : key.apply(entries.get(i));
            Integer first = value == null ? null : seen.putIfAbsent(value, i);
            if (first != null) {
                problems.add(new ServiceFileException(file, listPointer + "/" + i + "/" + keyField,
                        "duplicate " + keyField + " \"" + value + "\", already used at " + listPointer + "/" + first));
            }
        }
    }

    private static String pointer(ConstraintViolation<?> violation) {
        JsonPointer pointer = JsonPointer.empty();
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            if (node.getIndex() != null) {
                pointer = pointer.appendIndex(node.getIndex());
            } else if (node.getKey() != null) {
                pointer = pointer.appendProperty(String.valueOf(node.getKey()));
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                pointer = pointer.appendProperty(node.getName());
            }
        }
        return pointer.toString();
    }

    private static String reason(ConstraintViolation<?> violation) {
        Object value = violation.getInvalidValue();
        boolean quotable = value instanceof String || value instanceof Number;
        return (quotable ? "\"" + value + "\" " : "") + violation.getMessage();
    }
}
