package dev.conductor.agent.service;

import dev.conductor.agent.deploy.DeployException;
import dev.conductor.agent.deploy.Revision;
import dev.conductor.agent.deploy.ServiceState;
import dev.conductor.agent.deploy.StateStore;
import dev.conductor.agent.deploy.Trigger;
import dev.conductor.agent.engine.ServiceCatalog;
import dev.conductor.spec.ServiceSpec;
import java.util.List;
import java.util.Optional;

/** Picks the revision a start, deploy or rollback runs, recording a new one when needed. */
final class RevisionChooser {

    private final ServiceCatalog catalog;
    private final StateStore states;

    RevisionChooser(ServiceCatalog catalog, StateStore states) {
        this.catalog = catalog;
        this.states = states;
    }

    /** A start keeps a rollback's hold and reuses the last revision while the files are unchanged. */
    Revision forStart(ServiceSpec spec) {
        ServiceState state = states.load(spec.name());
        String fingerprint = catalog.fingerprint(spec);
        if (state.hold() != null && fingerprint.equals(state.holdSpecHash())) {
            return require(spec.name(), state.hold());
        }
        List<Revision> revisions = states.revisions(spec.name());
        Optional<Revision> last = revisions.isEmpty() ? Optional.empty()
                : Optional.of(revisions.get(revisions.size() - 1));
        return last.filter(revision -> revision.specHash().equals(fingerprint))
                .orElseGet(() -> forDeploy(spec, "start", Trigger.of("start")));
    }

    Revision forDeploy(ServiceSpec spec, String reason, Trigger trigger) {
        return states.newRevision(spec.name(), reason, catalog.effectiveConfig(spec),
                catalog.fingerprint(spec), trigger);
    }

    /** A new revision that runs an earlier one's config: a rollback is a deploy like any other. */
    Revision forRollbackOf(ServiceSpec spec, Revision earlier, Trigger trigger) {
        return states.newRevision(spec.name(), "rollback to " + earlier.number(), earlier.config(),
                "rollback:" + earlier.specHash(), trigger);
    }

    /** The revision to roll back to: {@code to}, or the one before the serving revision. */
    Revision forRollback(ServiceSpec spec, Integer to) {
        ServiceState state = states.load(spec.name());
        if (to != null) {
            return require(spec.name(), to);
        }
        if (state.current() == null) {
            throw new DeployException("service '" + spec.name() + "' has nothing deployed to roll back from");
        }
        int serving = state.current().revision();
        return states.revisions(spec.name()).stream()
                .filter(revision -> revision.number() < serving)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new DeployException("service '" + spec.name() + "' has no revision before "
                        + serving + " to roll back to"));
    }

    private Revision require(String service, int number) {
        return states.revision(service, number).orElseThrow(() -> new DeployException(
                "service '" + service + "' has no revision " + number + "; see 'service history " + service + "'"));
    }
}
