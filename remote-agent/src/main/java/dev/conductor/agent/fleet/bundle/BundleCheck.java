package dev.conductor.agent.fleet.bundle;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import dev.conductor.spec.ServiceSpec;
import dev.conductor.spec.load.LoadResult;
import dev.conductor.spec.load.ServiceFileLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether a bundle loads, on its own, as the engine would load it on any host: the check a push
 * makes before anything is published, so that a broken version never replaces a running one.
 */
public final class BundleCheck {

    private BundleCheck() {}

    /**
     * @return the loaded service
     * @throws ConductorException (BAD_SERVICE_FILE's message, with file, location and reason) when it does not load
     */
    public static ServiceSpec check(ServiceBundle bundle) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("conductor-bundle-check");
            BundleInstaller installer = new BundleInstaller(scratch.resolve("versions"), scratch.resolve("services"));
            installer.install(bundle);
            LoadResult result = new ServiceFileLoader().loadAll(List.of(scratch.resolve("services")));
            if (!result.failures().isEmpty()) {
                throw new ConductorException(ErrorKind.BAD_REQUEST, "service '" + bundle.service()
                        + "' does not load, nothing was pushed: " + result.failures().get(0).error().getMessage());
            }
            return result.service(bundle.service()).orElseThrow(() -> new ConductorException(ErrorKind.BAD_REQUEST,
                    "directory '" + bundle.service() + "' has no " + ServiceFileLoader.FILE_NAME + ", nothing was pushed"));
        } catch (IOException e) {
            throw new ConductorException(ErrorKind.FAILED, "cannot check service '" + bundle.service() + "': "
                    + e.getMessage(), e);
        } finally {
            BundleInstaller.deleteQuietly(scratch);
        }
    }
}
