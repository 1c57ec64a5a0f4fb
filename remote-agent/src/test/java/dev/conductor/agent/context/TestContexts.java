package dev.conductor.agent.context;

import dev.conductor.spec.ServiceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

/** Contexts and executable scripts for tests of templates, hooks and commands. */
public final class TestContexts {

    private TestContexts() {
    }

    /** A service {@code web} of app {@code shop}, instance {@code prod}, in {@code directory}. */
    public static ServiceSpec spec(Path directory, Map<String, String> config) {
        return new ServiceSpec("web", directory, List.of(), "shop", "prod", false, null, config, List.of(), null,
                List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), null, 1);
    }

    public static ServiceContext service(Path directory, Map<String, String> config) {
        return new ServiceContext(spec(directory, config), config);
    }

    /** Deployment {@code web-r3} of the main pod, revision 3, with no pod address yet. */
    public static DeploymentContext deployment(Path serviceDirectory, Path deploymentDirectory,
            Map<String, String> config) {
        return new DeploymentContext(service(serviceDirectory, config), "", "web-r3", 3, deploymentDirectory, null);
    }

    /** Writes an executable {@code /bin/sh} script and returns its absolute path. */
    public static Path script(Path directory, String name, String body) throws IOException {
        Path file = directory.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file.toAbsolutePath();
    }
}
