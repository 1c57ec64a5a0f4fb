package dev.conductor.agent.engine;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import dev.conductor.agent.context.ServiceContext;
import dev.conductor.agent.mask.SecretMask;
import dev.conductor.agent.secret.SecretEntry;
import dev.conductor.agent.secret.SecretException;
import dev.conductor.agent.secret.SecretStore;
import dev.conductor.spec.ServiceSpec;
import dev.conductor.spec.load.LoadResult;
import dev.conductor.spec.load.ServiceFileLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The services declared on this host, with config overrides applied and whether they run here. */
public final class ServiceCatalog {

    private final AgentPaths paths;
    private final ServiceFileLoader loader = new ServiceFileLoader();
    private final OverrideSource overrides;
    private final HostIdentity host;
    private final SecretStore secrets;

    public ServiceCatalog(AgentPaths paths, OverrideSource overrides, HostIdentity host, SecretStore secrets) {
        this.paths = paths;
        this.overrides = overrides;
        this.host = host;
        this.secrets = secrets;
    }

    public LoadResult loadAll() {
        return loader.loadAll(paths.serviceRoots());
    }

    /**
     * Loads one service from the first root that has it.
     *
     * @throws UnknownServiceException when no root has it
     * @throws dev.conductor.spec.load.ServiceFileException when its files are broken
     */
    public ServiceSpec load(String name) {
        for (Path root : paths.serviceRoots()) {
            Path dir = root.resolve(name);
            if (Files.isRegularFile(dir.resolve(ServiceFileLoader.FILE_NAME))) {
                return loader.load(dir).spec();
            }
        }
        throw new UnknownServiceException(name, paths.serviceRoots());
    }

    /** The file's config with {@code service config set} overrides on top. */
    public Map<String, String> effectiveConfig(ServiceSpec spec) {
        Map<String, String> config = new LinkedHashMap<>(spec.config());
        config.putAll(overrides.overrides(spec.name()));
        return config;
    }

    /** The service's context now: its effective config and its secrets' values. */
    public ServiceContext context(ServiceSpec spec) {
        return new ServiceContext(spec, effectiveConfig(spec), secrets(spec));
    }

    /** The context as listings show it: each secret's value is the mask, set or not. */
    public ServiceContext shownContext(ServiceSpec spec) {
        Map<String, String> masked = new LinkedHashMap<>();
        spec.secrets().forEach(key -> masked.put(key, SecretMask.MASK));
        return new ServiceContext(spec, effectiveConfig(spec), masked);
    }

    /**
     * The values of the secrets the service declares, by key.
     *
     * @throws SecretException naming the first secret that was never set, and how to set it
     */
    public Map<String, String> secrets(ServiceSpec spec) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : spec.secrets()) {
            values.put(key, secrets.get(spec.name(), key).orElseThrow(() -> SecretException.notSet(spec.name(), key)));
        }
        return values;
    }

    /** The values of the declared secrets that are set: a stop still runs when one was removed. */
    public Map<String, String> secretsSetSoFar(ServiceSpec spec) {
        Map<String, String> values = new LinkedHashMap<>();
        spec.secrets().forEach(key -> secrets.get(spec.name(), key).ifPresent(value -> values.put(key, value)));
        return values;
    }

    /** The service's stored secrets, values never included. */
    public List<SecretEntry> secretEntries(ServiceSpec spec) {
        return secrets.list(spec.name());
    }

    /** True when the service is enabled and its conditions match this host. */
    public boolean runsHere(ServiceSpec spec) {
        return whyNotHere(spec).isEmpty();
    }

    /**
     * Refuses to {@code act} on a service that does not run here: the next reload would only
     * stop it again.
     *
     * @throws ConductorException naming the service and why, before anything changed
     */
    public void requireRunsHere(ServiceSpec spec, String act) {
        String why = whyNotHere(spec);
        if (!why.isEmpty()) {
            throw new ConductorException(ErrorKind.FAILED, "cannot " + act + " service '" + spec.name()
                    + "': it does not run on this host (" + why + "); nothing was changed");
        }
    }

    /** Why a loaded service does not run here, or {@code ""} when it does. */
    public String whyNotHere(ServiceSpec spec) {
        if (spec.disabled()) {
            return "disabled in its service file";
        }
        if (disabledByOperator(spec.name())) {
            return "disabled with 'service disable'";
        }
        if (!spec.conditions().matches(host.hostname(), host.labels())) {
            return "conditions do not match host " + host.hostname();
        }
        return "";
    }

    /** {@code service disable} leaves a marker beside the state, so that files stay untouched. */
    public boolean disabledByOperator(String name) {
        return Files.exists(disabledMarker(name));
    }

    public void setDisabledByOperator(String name, boolean disabled) {
        try {
            if (disabled) {
                PrivateFiles.write(disabledMarker(name), "disabled with 'conductor-agent service disable'\n");
            } else {
                Files.deleteIfExists(disabledMarker(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot change " + disabledMarker(name), e);
        }
    }

    private Path disabledMarker(String name) {
        return paths.serviceState(name).resolve("disabled");
    }

    public String fingerprint(ServiceSpec spec) {
        return SpecFingerprint.of(spec, fingerprintedConfig(spec));
    }

    // a secret set again makes a new revision at the next reload, as a config override does;
    // the revision's config keeps the file's values and overrides only
    private Map<String, String> fingerprintedConfig(ServiceSpec spec) {
        Map<String, String> config = effectiveConfig(spec);
        if (!spec.secrets().isEmpty()) {
            secrets.list(spec.name()).stream().filter(entry -> spec.secrets().contains(entry.key()))
                    .forEach(entry -> config.put("secret " + entry.key(), entry.set().toString()));
        }
        return config;
    }
}
