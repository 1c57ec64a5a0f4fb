package dev.conductor.agent.systemd;

import java.util.List;

/** Port to the host's systemd: unit lifecycle and state. Unit names are full, e.g. {@code x@y.service}. */
public interface Systemd {

    void daemonReload();

    /**
     * Starts a unit and waits for the job to finish.
     *
     * @throws SystemdException naming the unit, with systemctl's error and the tail of the unit's journal
     */
    void start(String unit);

    /**
     * Queues a start job and returns at once ({@code --no-block}): for units ordered after the
     * caller's own unit, which a blocking start from inside it would deadlock on.
     */
    void startQueued(String unit);

    /** Stops a unit and waits; stopping an inactive or unknown unit is not an error. */
    void stop(String unit);

    /**
     * Stops units together and waits for all: their jobs are queued at once, so that systemd
     * orders them by the units' dependencies, as stopping one by one would not.
     */
    void stop(List<String> units);

    void restart(String unit);

    /** Clears a failed unit's state so that it lists as inactive. */
    void resetFailed(String unit);

    UnitState state(String unit);

    /**
     * What systemd has loaded of {@code unit}. A unit that is not in memory is read afresh from
     * disk, as systemd 252 does with an instance nothing holds: a new deployment's drop-in then
     * needs no daemon-reload.
     */
    UnitLoad load(String unit);

    /** Sends SIGKILL to every process of a unit (its whole cgroup); an unknown or inactive unit is no error. */
    void kill(String unit);

    /** How many connections a socket unit has accepted since it started ({@code NAccepted}), 0 when not running. */
    long accepted(String socket);

    /** Units loaded in systemd whose names match a glob such as {@code conductor-deployment@*}. */
    List<UnitState> list(String pattern);
}
