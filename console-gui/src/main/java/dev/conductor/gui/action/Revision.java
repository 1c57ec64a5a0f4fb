package dev.conductor.gui.action;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A revision of a service from {@code service.history}, as the rollback picker lists it. */
record Revision(int number, String created, String reason, boolean serving) {

    /** The revisions of a {@code service.history} answer, newest first, the serving one marked. */
    static List<Revision> newestFirst(JsonNode history) {
        int serving = history.path("serving").asInt();
        List<Revision> revisions = new ArrayList<>();
        history.path("revisions").forEach(revision -> {
            int number = revision.path("number").asInt();
            revisions.add(new Revision(number, revision.path("created").asText(), revision.path("reason").asText(),
                    number == serving));
        });
        revisions.sort(Comparator.comparingInt(Revision::number).reversed());
        return revisions;
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
}
