package dev.conductor.spec.load;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.constraints.NotBlank;

/**
 * One {@code inherit} entry: a path string, or {@code {"path": ..., "ignore_error": true}}.
 * A relative path is relative to the declaring file; a directory means its
 * {@code conductor-service.json}.
 */
record InheritRef(@NotBlank String path, boolean ignoreError) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    InheritRef {
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static InheritRef of(String path) {
        return new InheritRef(path, false);
    }
}
