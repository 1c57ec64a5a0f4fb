package dev.conductor.spec.load;

import dev.conductor.spec.Hook;
import dev.conductor.spec.Pod;
import dev.conductor.spec.ServiceFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Merges a child file over its parent. {@code config} and {@code commands} merge by key,
 * {@code pods} and {@code functions} by name, {@code hooks} by id: a child entry replaces the
 * parent's entry of the same key whole and in place, new entries come after the parent's. Any
 * other field the child sets replaces the parent's; a field the child leaves out is inherited.
 * {@code resources} is one such field, replaced whole, {@code best} and {@code min} together, so
 * that a child never pairs its {@code min} with a parent's {@code best} it was not checked against.
 */
final class ServiceFileMerger {

    private ServiceFileMerger() {
    }

    static ServiceFile merge(ServiceFile parent, ServiceFile child) {
        return new ServiceFile(
                null,
                override(parent.appName(), child.appName()),
                override(parent.instanceName(), child.instanceName()),
                override(parent.disable(), child.disable()),
                override(parent.conditions(), child.conditions()),
                byKey(parent.config(), child.config()),
                byKey(parent.pods(), child.pods(), Pod::name),
                override(parent.proxyConfigTemplate(), child.proxyConfigTemplate()),
                byKey(parent.hooks(), child.hooks(), Hook::id),
                byKey(parent.commands(), child.commands()),
                byKey(parent.functions(), child.functions(), ServiceFunction::name),
                override(parent.displayServiceConfig(), child.displayServiceConfig()),
                override(parent.displayServiceDeploymentConfig(), child.displayServiceDeploymentConfig()),
                override(parent.displayDeploymentConfig(), child.displayDeploymentConfig()),
                override(parent.healthCheck(), child.healthCheck()),
                union(parent.secrets(), child.secrets()),
                override(parent.resources(), child.resources()),
                override(parent.replicas(), child.replicas()));
    }

    // a child adds secrets to its parents': a secret a parent's template uses stays needed
    private static List<String> union(List<String> parent, List<String> child) {
        if (parent == null || child == null) {
            return override(parent, child);
        }
        return Stream.concat(parent.stream(), child.stream()).distinct().toList();
    }

    private static <T> T override(T parent, T child) {
        return child != null ? child : parent;
    }

    // LinkedHashMap.put keeps a replaced key at its first position.
    private static <V> Map<String, V> byKey(Map<String, V> parent, Map<String, V> child) {
        if (parent == null || child == null) {
            return override(parent, child);
        }
        Map<String, V> merged = new LinkedHashMap<>(parent);
        merged.putAll(child);
        return merged;
    }

    private static <T> List<T> byKey(List<T> parent, List<T> child, Function<T, String> key) {
        if (parent == null || child == null) {
            return override(parent, child);
        }
        Map<String, T> merged = new LinkedHashMap<>();
        parent.forEach(entry -> merged.put(key.apply(entry), entry));
        child.forEach(entry -> merged.put(key.apply(entry), entry));
        return new ArrayList<>(merged.values());
    }
}
