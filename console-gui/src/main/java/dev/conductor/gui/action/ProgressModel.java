package dev.conductor.gui.action;

import dev.conductor.protocol.Event;
import dev.conductor.protocol.method.EventNames;
import dev.conductor.protocol.method.Payloads;
import dev.conductor.protocol.method.ProgressEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a running deploy, rollback or reload, built from its {@code progress} events,
 * and its outcome once the engine answers. Plain Java, so that it is tested without JavaFX.
 */
public final class ProgressModel {

    /** Where a step stands. */
    public enum Status { RUNNING, DONE, FAILED }

    /**
     * One progress event as a row.
     *
     * @param name the engine's step name, e.g. {@code switched}
     * @param detail what the engine said about it
     * @param seconds seconds since the action started
     * @param status running until the next step or the answer arrives
     */
    public record Step(String name, String detail, double seconds, Status status) {

        Step with(Status next) {
            return new Step(name, detail, seconds, next);
        }
    }

    private final String action;
    private final List<Step> steps = new ArrayList<>();
    private String result;
    private boolean failed;

    /** @param action what runs, as the result text starts: {@code Deploy}, {@code Rollback}, {@code Reload} */
    public ProgressModel(String action) {
        this.action = action;
    }

    /** Adds a {@code progress} event as a new running step; other events are ignored. */
    public void event(Event event) {
        if (!EventNames.PROGRESS.equals(event.event()) || result != null) {
            return;
        }
        finishLast(Status.DONE);
        ProgressEvent progress = Payloads.read(event.data(), ProgressEvent.class);
        steps.add(new Step(text(progress.step()), text(progress.detail()), progress.seconds(), Status.RUNNING));
    }

    /** Adds a line of the engine's final report, e.g. a reload's changes and errors. */
    public void note(String name, String detail, boolean problem) {
        finishLast(Status.DONE);
        steps.add(new Step(name, detail, steps.isEmpty() ? 0 : steps.get(steps.size() - 1).seconds(),
                problem ? Status.FAILED : Status.DONE));
    }

    /** The engine answered: the last step is done; {@code summary} is e.g. the service's state. */
    public void succeeded(String summary) {
        finishLast(Status.DONE);
        result = action + " finished: " + summary;
    }

    /** The engine or the link failed: the last step failed, for {@code reason}. */
    public void failed(String reason) {
        finishLast(Status.FAILED);
        failed = true;
        result = action + " failed: " + reason;
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    /** The result text, empty while the action runs. */
    public Optional<String> result() {
        return Optional.ofNullable(result);
    }

    public boolean running() {
        return result == null;
    }

    public boolean hasFailed() {
        return failed;
    }

    // a field the agent left out shows as nothing, not as "null"
    private static String text(String field) {
        return field == null ? "" : field;
    }

    private void finishLast(Status status) {
        int last = steps.size() - 1;
        if (last >= 0 && steps.get(last).status() == Status.RUNNING) {
            steps.set(last, steps.get(last).with(status));
        }
    }
}
