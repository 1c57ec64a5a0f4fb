package dev.conductor.agent.cli;

import dev.conductor.spec.load.LoadResult;
import dev.conductor.spec.load.ServiceFileException;
import java.util.List;

/** The JSON shape of {@code conductor-agent check --json}. */
record CheckReport(List<Loaded> services, List<Failed> failures, List<Warning> warnings) {

    record Loaded(String name, String directory) {}

    record Failed(String name, String directory, List<Problem> problems) {}

    record Problem(String file, String location, String reason) {
        static Problem of(ServiceFileException e) {
            return new Problem(e.file().toString(), e.location(), e.reason());
        }
    }

    record Warning(String file, String pointer, String message) {}

    static CheckReport of(LoadResult result) {
        return new CheckReport(
                result.services().stream()
                        .map(s -> new Loaded(s.name(), s.directory().toString())).toList(),
                result.failures().stream()
                        .map(f -> new Failed(f.name(), f.directory().toString(),
                                f.error().problems().stream().map(Problem::of).toList()))
                        .toList(),
                result.warnings().stream()
                        .map(w -> new Warning(w.file().toString(), w.pointer(), w.message())).toList());
    }
}
