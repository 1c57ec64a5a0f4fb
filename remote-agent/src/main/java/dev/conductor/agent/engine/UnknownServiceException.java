package dev.conductor.agent.engine;

import java.nio.file.Path;
import java.util.List;

/** No service directory of that name exists in any root. */
public class UnknownServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownServiceException(String name, List<Path> roots) {
        super("no service '" + name + "' in " + roots.stream().map(Path::toString).toList());
    }
}
