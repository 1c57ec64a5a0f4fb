package dev.conductor.agent.engine;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import java.nio.file.Path;
import java.util.List;

/** No service directory of that name exists in any root. */
public class UnknownServiceException extends ConductorException {

    private static final long serialVersionUID = 1L;

    public UnknownServiceException(String name, List<Path> roots) {
        super(ErrorKind.NOT_FOUND, "no service '" + name + "' in " + roots.stream().map(Path::toString).toList());
    }
}
