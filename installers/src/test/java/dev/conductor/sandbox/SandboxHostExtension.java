package dev.conductor.sandbox;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Boots one sandbox host per test class (before all its tests) and removes it afterwards.
 * The host is injected into {@link SandboxHost} parameters of constructors, lifecycle and test
 * methods, and into static or instance fields of type {@link SandboxHost}. Nested classes share
 * their outer class's host.
 *
 * <p>Host name: {@link SandboxTest#host()}, else derived from the class name. With
 * {@code -D}{@value #REUSE_PROPERTY}{@code =true} the host stays up after the class (and a
 * running host of that name is reused), which makes re-runs fast; remove it with
 * {@code sandbox-host down NAME} or {@code sandbox-host down-all}.
 *
 * <p>If this machine cannot run sandbox hosts (not root, no script), the class fails with a
 * message that says why; it is never skipped silently.
 */
public final class SandboxHostExtension
        implements BeforeAllCallback, AfterAllCallback, ParameterResolver, TestInstancePostProcessor {

    /** System property: {@code true} keeps hosts up after their class. */
    public static final String REUSE_PROPERTY = "conductor.sandbox.reuse";

    private static final Namespace NAMESPACE = Namespace.create(SandboxHostExtension.class);
    private static final String KEY = "host";
    private static final Pattern VALID_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?");
    private static final int MAX_NAME = 32;

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        SandboxHost host = host(context);
        for (Field field : hostFields(context.getRequiredTestClass(), true)) {
            field.set(null, host);
        }
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws IllegalAccessException {
        List<Field> fields = hostFields(testInstance.getClass(), false);
        if (!fields.isEmpty()) {
            SandboxHost host = host(context);
            for (Field field : fields) {
                field.set(testInstance, host);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context != owner(context)) {
            return; // a nested class: the outer class owns the host
        }
        Running running = context.getStore(NAMESPACE).remove(KEY, Running.class);
        if (running == null) {
            return;
        }
        if (Boolean.getBoolean(REUSE_PROPERTY)) {
            System.err.println("sandbox: keeping host " + running.host().name() + " up (-D" + REUSE_PROPERTY + "=true)");
            Runtime.getRuntime().removeShutdownHook(running.cleanup());
            return;
        }
        running.down();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == SandboxHost.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return host(extensionContext);
    }

    /**
     * Derives a host name from a test class: its simple name split at case changes, lower-cased,
     * joined with '-', at most 32 characters ({@code SandboxHostIT} becomes {@code sandbox-host-it}).
     */
    static String hostNameFor(Class<?> testClass) {
        String words = testClass.getSimpleName()
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2")
                .replaceAll("([A-Z])([A-Z][a-z])", "$1-$2")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
        String name = words.substring(0, Math.min(words.length(), MAX_NAME)).replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "sandbox" : name;
    }

    /** The host name for a class: its {@link SandboxTest#host()}, else derived from its name. */
    static String hostNameOf(Class<?> testClass) {
        Optional<String> declared = AnnotationSupport.findAnnotation(testClass, SandboxTest.class)
                .map(SandboxTest::host)
                .filter(host -> !host.isEmpty());
        String name = declared.orElseGet(() -> hostNameFor(testClass));
        if (!VALID_NAME.matcher(name).matches()) {
            throw new SandboxException("@SandboxTest(host = \"" + name + "\") on " + testClass.getName()
                    + " is not a valid host name: use 1 to 32 lower-case letters, digits and inner '-'");
        }
        return name;
    }

    private static SandboxHost host(ExtensionContext context) {
        ExtensionContext owner = owner(context);
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(KEY, key -> boot(owner), Running.class).host();
    }

    private static Running boot(ExtensionContext owner) {
        SandboxScript.requireRoot();
        SandboxScript script = SandboxScript.locate();
        String name = hostNameOf(owner.getRequiredTestClass());
        SandboxHost host = script.up(name);
        Running running = new Running(script, host, new Thread(() -> script.down(name), "sandbox-down-" + name));
        Runtime.getRuntime().addShutdownHook(running.cleanup());
        return running;
    }

    /** The outermost class context: the one whose host nested classes share. */
    private static ExtensionContext owner(ExtensionContext context) {
        ExtensionContext owner = context;
        while (owner.getParent().flatMap(ExtensionContext::getTestClass).isPresent()) {
            owner = owner.getParent().orElseThrow();
        }
        return owner;
    }

    private static List<Field> hostFields(Class<?> testClass, boolean statics) {
        List<Field> fields = ReflectionSupport.findFields(testClass,
                field -> field.getType() == SandboxHost.class && Modifier.isStatic(field.getModifiers()) == statics
                        && !Modifier.isFinal(field.getModifiers()),
                HierarchyTraversalMode.TOP_DOWN);
        fields.forEach(field -> field.setAccessible(true));
        return fields;
    }

    /** A booted host, with the shutdown hook that removes it if the JVM exits before afterAll. */
    private record Running(SandboxScript script, SandboxHost host, Thread cleanup) {

        void down() {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                return; // the JVM is shutting down; the hook removes the host
            }
            script.down(host.name());
        }
    }
}
