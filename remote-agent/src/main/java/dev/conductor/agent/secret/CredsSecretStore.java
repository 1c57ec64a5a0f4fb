package dev.conductor.agent.secret;

import dev.conductor.agent.mask.SecretMask;
import dev.conductor.agent.process.ExecResult;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.process.ProcessSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Secrets encrypted by systemd's credential store ({@code systemd-creds encrypt}, with the host
 * key, or a TPM2 where present), one file per secret: {@code ROOT/SERVICE/KEY.cred}, 0600 in
 * 0700 directories. Each credential is bound to the name {@code SERVICE.KEY}, so a file copied
 * to another key does not decrypt. The value travels on stdin and stdout, never in argv.
 */
public final class CredsSecretStore implements SecretStore {

    /** Beside the services' state: {@code /var/lib/conductor/secrets}. */
    public static final Path STANDARD = Path.of("/var/lib/conductor/secrets");
    private static final String SUFFIX = ".cred";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Path root;
    private final ProcessRunner processes;
    private final Map<Path, Decrypted> cache = new ConcurrentHashMap<>();

    public CredsSecretStore(Path root, ProcessRunner processes) {
        this.root = root;
        this.processes = processes;
    }

    @Override
    public void set(String service, String key, String value) {
        SecretNames.requireNames(service, key);
        SecretNames.requireValue(key, value);
        SecretMask.register(value);
        Path file = file(service, key);
        try {
            Files.createDirectories(root, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.createDirectories(file.getParent(),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path temp = file.resolveSibling("." + key + ".tmp");
            Files.deleteIfExists(temp);
            creds(List.of("systemd-creds", "encrypt", "--name=" + credentialName(service, key), "-", temp.toString()),
                    value.getBytes(StandardCharsets.UTF_8), "encrypt");
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SecretException("cannot save secret '" + key + "' of service '" + service + "' in "
                    + file.getParent() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> get(String service, String key) {
        SecretNames.requireNames(service, key);
        Path file = file(service, key);
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            Decrypted known = cache.get(file);
            if (known != null && known.modified().equals(modified) && known.size() == size) {
                return Optional.of(known.value());
            }
            String value = creds(List.of("systemd-creds", "decrypt", "--name=" + credentialName(service, key),
                    file.toString(), "-"), null, "decrypt").stdout();
            SecretMask.register(value);
            cache.put(file, new Decrypted(modified, size, value));
            return Optional.of(value);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SecretException("cannot read secret '" + key + "' of service '" + service + "' from " + file
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<SecretEntry> list(String service) {
        SecretNames.requireNames(service, "KEY");
        Path dir = root.resolve(service);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(SUFFIX))
                    .sorted()
                    .map(file -> new SecretEntry(keyOf(file), modified(file)))
                    .toList();
        } catch (IOException e) {
            throw new SecretException("cannot list the secrets of service '" + service + "' in " + dir
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean remove(String service, String key) {
        SecretNames.requireNames(service, key);
        Path file = file(service, key);
        cache.remove(file);
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new SecretException("cannot remove secret '" + key + "' of service '" + service + "': "
                    + e.getMessage(), e);
        }
    }

    private ExecResult creds(List<String> command, byte[] stdin, String what) {
        ExecResult result = processes.run(new ProcessSpec(command, null, Map.of(), TIMEOUT, stdin));
        if (!result.succeeded()) {
            throw new SecretException("systemd-creds " + what + " failed (exit " + result.exitCode() + "): "
                    + result.stderr().strip(), null);
        }
        return result;
    }

    private Path file(String service, String key) {
        return root.resolve(service).resolve(key + SUFFIX);
    }

    private static String credentialName(String service, String key) {
        return service + "." + key;
    }

    private static String keyOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    private static java.time.Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return java.time.Instant.EPOCH;
        }
    }

    private record Decrypted(FileTime modified, long size, String value) {}
}
