package dev.conductor.agent.fleet.placement;

/**
 * A replica that ran (or was planned) and that the new plan does not keep, to be stopped.
 *
 * @param placement where it ran
 * @param reason why it is not kept: its host is gone, no longer matches, has too little, ...
 */
public record Dropped(Placement placement, String reason) {
}
