package dev.conductor.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against one sandbox host: tags it {@code integration} (run by
 * maven-failsafe in {@code verify}, not by surefire) and registers {@link SandboxHostExtension},
 * which boots the host before the class and removes it after. Declare a {@link SandboxHost}
 * parameter or field to get it.
 *
 * <pre>{@code
 * @SandboxTest
 * class CaddyAdapterIT {
 *     @Test
 *     void registersRoute(SandboxHost host) { ... }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Tag("integration")
@ExtendWith(SandboxHostExtension.class)
public @interface SandboxTest {

    /**
     * @return the host name: 1 to 32 lower-case letters, digits and inner '-'; empty (the
     *     default) derives it from the class name ({@code CaddyAdapterIT} becomes
     *     {@code caddy-adapter-it})
     */
    String host() default "";
}
