package dev.conductor.spec.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A service file that cannot be used. The message reads {@code FILE:LOCATION: REASON}, where the
 * location is {@code LINE:COLUMN} for syntax errors, a JSON pointer such as
 * {@code /hooks/1/exec} for content errors, and is left out when it concerns the whole file.
 * Further problems of the same file are attached as suppressed exceptions and listed in the
 * message, one per line.
 */
public class ServiceFileException extends RuntimeException {

    private final Path file;
    private final String location;
    private final String reason;

    /**
     * @param file the file at fault
     * @param location a JSON pointer, {@code LINE:COLUMN}, or {@code ""} for the whole file
     * @param reason what is wrong, quoting the bad input
     */
    public ServiceFileException(Path file, String location, String reason) {
        this(file, location, reason, null);
    }

    /**
     * @param file the file at fault
     * @param location a JSON pointer, {@code LINE:COLUMN}, or {@code ""} for the whole file
     * @param reason what is wrong, quoting the bad input
     * @param cause the underlying error, or null
     */
    public ServiceFileException(Path file, String location, String reason, Throwable cause) {
        super(file + (location.isEmpty() ? "" : ":" + location) + ": " + reason, cause);
        this.file = file;
        this.location = location;
        this.reason = reason;
    }

    /** @return the file at fault */
    public Path file() {
        return file;
    }

    /** @return a JSON pointer, {@code LINE:COLUMN}, or {@code ""} */
    public String location() {
        return location;
    }

    /** @return what is wrong */
    public String reason() {
        return reason;
    }

    /** @return this problem followed by the other problems found in the same file */
    public List<ServiceFileException> problems() {
        List<ServiceFileException> problems = new ArrayList<>(List.of(this));
        for (Throwable other : getSuppressed()) {
            if (other instanceof ServiceFileException problem) {
                problems.add(problem);
            }
        }
        return problems;
    }

    @Override
    public String getMessage() {
        StringBuilder message = new StringBuilder(super.getMessage());
        problems().stream().skip(1).forEach(problem -> message.append('\n').append(problem.getMessage()));
        return message.toString();
    }

    static ServiceFileException combine(List<ServiceFileException> problems) {
        ServiceFileException first = problems.get(0);
        problems.stream().skip(1).forEach(first::addSuppressed);
        return first;
    }
}
