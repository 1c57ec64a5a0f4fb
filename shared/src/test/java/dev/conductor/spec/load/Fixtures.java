package dev.conductor.spec.load;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Finds fixture folders under src/test/resources/dev/conductor/spec/load. */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String relative) {
        URL url = Fixtures.class.getResource(relative);
        if (url == null) {
            throw new IllegalArgumentException("no fixture \"" + relative + "\"");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(url.toString(), e);
        }
    }

    static Path file(String serviceDirectory) {
        return path(serviceDirectory).resolve(ServiceFileLoader.FILE_NAME);
    }
}
