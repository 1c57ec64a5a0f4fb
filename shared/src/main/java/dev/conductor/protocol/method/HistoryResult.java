package dev.conductor.protocol.method;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The answer of {@code service.history}: the revisions, oldest first, and the serving one (0: none). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HistoryResult(List<RevisionInfo> revisions, int serving) {

    public HistoryResult {
        revisions = revisions == null ? List.of() : List.copyOf(revisions);
    }
}
