package dev.conductor.agent.install;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.systemd.SystemctlSystemd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code conductor-agent system update --jar FILE}: checks the jar, refuses while a deploy is under
 * way, renames it over the installed jar (keeping that one as {@code .previous}), restarts the
 * resident agent and, unless it answers within a bound, puts the previous jar back.
 */
public final class SystemUpdater {

    private final InstallEnvironment env;
    private final InstallLayout layout;
    private final SystemctlSystemd systemctl;
    private final DeploysInFlight deploys;
    private final AgentProbe probe;

    public SystemUpdater(InstallEnvironment env) {
        this(env, DeploysInFlight.onDisk(env.layout()),
                new AgentProbe(env.runner(), env.layout().curl(), env.layout().agentSocket()));
    }

    SystemUpdater(InstallEnvironment env, DeploysInFlight deploys, AgentProbe probe) {
        this.env = env;
        this.layout = env.layout();
        this.systemctl = new SystemctlSystemd(env.runner());
        this.deploys = deploys;
        this.probe = probe;
    }

    /**
     * Updates to {@code jar}, recording each step in {@code report}.
     *
     * @throws InstallException when the jar is refused, a deploy is under way, or the new agent did
     *     not answer within {@code bound} (after going back to the previous jar)
     */
    public void update(Path jar, Optional<String> sha256, Duration bound, InstallReport report) {
        env.requireRootAndSystemd("update");
        if (!Files.isRegularFile(layout.jar())) {
            throw new InstallException("system update: no agent installed at " + layout.jar()
                    + "; install it first: java -jar " + jar + " system install");
        }
        String java = new JavaLocator(env.runner()).locate();
        String version = new AgentJarCheck(env.runner(), java).verify(jar, sha256, report);
        List<String> deploying = deploys.services();
        if (!deploying.isEmpty()) {
            throw new InstallException("system update: refused while deploying " + String.join(", ", deploying)
                    + "; wait for it (conductor-agent service wait " + deploying.get(0) + ") and run it again");
        }
        swap(jar, report);
        if (restartAndProbe(bound)) {
            report.changed("restart", "restarted " + UnitFiles.AGENT_SERVICE + " on conductor-agent " + version
                    + "; it answers on " + layout.agentSocket());
            refreshArchive(java, report);
            return;
        }
        rollBack(bound, report);
    }

    // The new jar goes beside the old one first, so that the rename over it is atomic.
    private void swap(Path jar, InstallReport report) {
        Path incoming = layout.jar().resolveSibling(layout.jar().getFileName() + ".new");
        try {
            Files.copy(jar, incoming, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(incoming, AtomicFiles.READABLE);
            Files.deleteIfExists(layout.previousJar());
            Files.createLink(layout.previousJar(), layout.jar());
            AtomicFiles.move(incoming, layout.jar());
        } catch (IOException e) {
            throw new InstallException("system update: cannot put '" + jar + "' in place of " + layout.jar() + ": "
                    + e.getMessage(), e);
        }
        report.changed("agent jar", "renamed " + jar + " over " + layout.jar() + "; the previous one is "
                + layout.previousJar());
    }

    private boolean restartAndProbe(Duration bound) {
        try {
            systemctl.resetFailed(UnitFiles.AGENT_SERVICE);
            systemctl.restart(UnitFiles.AGENT_SERVICE);
        } catch (ConductorException e) {
            // an agent that fails to start is one that does not answer: the probe says so
        }
        return probe.answersWithin(bound);
    }

    private void rollBack(Duration bound, InstallReport report) {
        AtomicFiles.move(layout.previousJar(), layout.jar());
        report.changed("roll back", "put " + layout.previousJar() + " back as " + layout.jar());
        boolean answers = restartAndProbe(bound);
        throw new InstallException("system update: the new agent did not answer on " + layout.agentSocket()
                + " within " + bound.toSeconds() + " s, so the previous jar is back"
                + (answers ? " and answers" : ", but it does not answer either: journalctl -u " + UnitFiles.AGENT_SERVICE));
    }

    // A stale archive is ignored by the JVM but costs every unit action its start-up gain.
    private void refreshArchive(String java, InstallReport report) {
        if (new JvmArchive(env.runner()).create(java, layout.jar(), layout.classArchive())) {
            report.changed("class archive", "created " + layout.classArchive() + " for the new jar");
        } else {
            report.unchanged("class archive", "could not create " + layout.classArchive() + " for the new jar; the"
                    + " agent works without it, only starts slower");
        }
    }
}
