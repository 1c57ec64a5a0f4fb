package dev.conductor.agent.process;

/** Port for running external programs: templates, hooks, systemctl, podman. */
public interface ProcessRunner {

    /**
     * Runs the process to completion and returns its result, whatever the exit code.
     *
     * @throws ProcessTimeoutException when it outlives {@link ProcessSpec#timeout()}
     * @throws ProcessStartException when it cannot be started at all (missing or not executable)
     */
    ExecResult run(ProcessSpec spec);
}
