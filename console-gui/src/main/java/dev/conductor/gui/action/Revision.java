package dev.conductor.gui.action;

import dev.conductor.protocol.method.HistoryResult;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A revision of a service from {@code service.history}, as the rollback picker lists it. */
record Revision(int number, String created, String reason, boolean serving) {

    /** The revisions of a {@code service.history} answer, newest first, the serving one marked. */
    static List<Revision> newestFirst(HistoryResult history) {
        return history.revisions().stream()
                .map(revision -> new Revision(revision.number(), text(revision.created()), text(revision.reason()),
                        revision.number() == history.serving()))
                .sorted(Comparator.comparingInt(Revision::number).reversed())
                .toList();
    }

    /** What a rollback most likely wants: the newest revision older than the serving one, else any other. */
    static Optional<Revision> preselect(List<Revision> newestFirst) {
        int serving = newestFirst.stream().filter(Revision::serving).mapToInt(Revision::number).findFirst().orElse(0);
        return newestFirst.stream().filter(r -> !r.serving() && r.number() < serving).findFirst()
                .or(() -> newestFirst.stream().filter(r -> !r.serving()).findFirst());
    }

    String label() {
        return number + "   " + created + "   " + reason + (serving ? "   (serving)" : "");
    }

    // a field the agent left out shows as nothing, not as "null"
    private static String text(String field) {
        return field == null ? "" : field;
    }
}
