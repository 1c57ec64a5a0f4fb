package dev.conductor.agent.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import dev.conductor.spec.SafeName;
import dev.conductor.spec.SafeNameValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The policy files, {@code NAME/policy.json} under /etc/conductor/policies, /run/conductor/policies
 * and /usr/share/conductor/policies, the first that has NAME winning, as for services. The CLI
 * writes to the first root only, root-only (0700 directories, 0600 files).
 */
public final class PolicyStore {

    public static final List<Path> DEFAULT_ROOTS = List.of(Path.of("/etc/conductor/policies"),
            Path.of("/run/conductor/policies"), Path.of("/usr/share/conductor/policies"));
    static final String FILE = "policy.json";

    private final List<Path> roots;

    public PolicyStore(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    public static PolicyStore standard() {
        return new PolicyStore(DEFAULT_ROOTS);
    }

    /** The file of policy {@code name}, the first root that has it. */
    Optional<Path> file(String name) {
        checkName(name);
        return roots.stream().map(root -> root.resolve(name).resolve(FILE)).filter(Files::isRegularFile).findFirst();
    }

    public Optional<Policy> find(String name) {
        return file(name).map(file -> read(name, file));
    }

    public Policy get(String name) {
        return find(name).orElseThrow(() -> new ConductorException(ErrorKind.NOT_FOUND, "no policy '" + name
                + "' in " + roots + "; policies: " + names()));
    }

    /** Every policy's name, in order. */
    public List<String> names() {
        TreeMap<String, Path> found = new TreeMap<>();
        for (Path root : roots) {
            try (Stream<Path> entries = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
                entries.filter(dir -> Files.isRegularFile(dir.resolve(FILE)))
                        .forEach(dir -> found.putIfAbsent(dir.getFileName().toString(), dir));
            } catch (IOException e) {
                throw new ConductorException(ErrorKind.FAILED, "cannot list " + root + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(found.keySet());
    }

    /** Writes {@code policy} to the first root, where the CLI's policies live. */
    public Policy save(Policy policy) {
        Path directory = roots.get(0).resolve(policy.name());
        JsonFiles.writePrivate(directory.resolve(FILE), new Policy.File(policy.rules()));
        return new Policy(policy.name(), directory, policy.rules());
    }

    /** Where {@code policy create} puts a new policy. */
    Path home(String name) {
        checkName(name);
        return roots.get(0).resolve(name);
    }

    static Policy read(String name, Path file) {
        try {
            Policy.File read = JsonFiles.MAPPER.readValue(file.toFile(), Policy.File.class);
            return new Policy(name, file.getParent(), read.rules());
        } catch (JsonProcessingException e) {
            throw new ConductorException(ErrorKind.BAD_REQUEST, file + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConductorException(ErrorKind.FAILED, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static void checkName(String name) {
        if (name == null || !SafeNameValidator.isSafe(name)) {
            throw new ConductorException(ErrorKind.BAD_REQUEST, "policy name '" + name + "' " + SafeName.RULE);
        }
    }
}
