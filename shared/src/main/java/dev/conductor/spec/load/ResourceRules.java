package dev.conductor.spec.load;

import com.fasterxml.jackson.core.JsonPointer;
import dev.conductor.spec.Resources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The rules of {@code resources} that Bean Validation cannot say: every value is finite, and
 * every resource of {@code min} is one of {@code best}, no greater.
 */
final class ResourceRules {

    private static final JsonPointer RESOURCES = JsonPointer.empty().appendProperty("resources");

    private ResourceRules() {
    }

    static void check(Path file, Resources resources, List<ServiceFileException> problems) {
        if (resources == null) {
            return;
        }
        finite(file, "best", resources.best(), problems);
        finite(file, "min", resources.min(), problems);
        resources.min().forEach((resource, min) -> {
            Double best = resources.best().get(resource);
            String at = RESOURCES.appendProperty("min").appendProperty(resource).toString();
            if (min == null) {
                return;
            }
            if (best == null) {
                problems.add(new ServiceFileException(file, at, "resource \"" + resource
                        + "\" has a min but no best; declare it in resources.best too"));
            } else if (min > best) {
                problems.add(new ServiceFileException(file, at, "min " + number(min) + " of \"" + resource
                        + "\" is more than its best " + number(best)));
            }
        });
    }

    // Jackson reads 1e999 as Infinity, which @PositiveOrZero lets through
    private static void finite(Path file, String part, Map<String, Double> values,
            List<ServiceFileException> problems) {
        values.forEach((resource, value) -> {
            if (value != null && !Double.isFinite(value)) {
                problems.add(new ServiceFileException(file, RESOURCES.appendProperty(part).appendProperty(resource)
                        .toString(), "\"" + value + "\" is too large; a resource is a finite number"));
            }
        });
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.valueOf(value);
    }
}
