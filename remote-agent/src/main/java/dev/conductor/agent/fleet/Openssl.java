package dev.conductor.agent.fleet;

import dev.conductor.agent.engine.PrivateFiles;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.process.ProcessSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * The fleet's certificates, made with Debian's openssl: an EC P-256 CA, server keys and CSRs, and
 * signing with subject alternative names that the signer sets (a CSR's own extensions are ignored).
 * Keys are written 0600 by the agent, never by openssl's umask.
 */
final class Openssl {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String DAYS = "3650";

    private final ProcessRunner processes;

    Openssl(ProcessRunner processes) {
        this.processes = processes;
    }

    /** A new private key in {@code key} (0600). */
    void newKey(Path key) {
        PrivateFiles.write(key, run(null, "openssl", "genpkey", "-algorithm", "EC", "-pkeyopt",
                "ec_paramgen_curve:P-256"));
    }

    /** A self-signed CA certificate for {@code key}. */
    String newCa(Path key, String name) {
        return run(null, "openssl", "req", "-new", "-x509", "-key", key.toString(), "-days", DAYS, "-subj",
                "/CN=" + name, "-addext", "basicConstraints=critical,CA:TRUE", "-addext",
                "keyUsage=critical,keyCertSign,cRLSign");
    }

    /** A certificate signing request for {@code key}. */
    String csr(Path key, String host) {
        return run(null, "openssl", "req", "-new", "-key", key.toString(), "-subj", "/CN=" + host);
    }

    /** Signs a CSR as a server certificate for {@code host} at {@code address}, for serving and for routes. */
    String sign(String csrPem, ClusterPaths paths, String host, String address) {
        Path work = paths.tls().resolve("signing");
        try {
            PrivateFiles.createDirectories(work);
            Path ext = work.resolve("ext.cnf");
            PrivateFiles.write(ext, "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
                    + "extendedKeyUsage=serverAuth,clientAuth\nsubjectAltName=IP:" + address + ",DNS:" + host
                    + ",IP:127.0.0.1\n");
            String serial = "0x" + HexFormat.of().formatHex(Secrets.randomBytes(16));
            return run(csrPem.getBytes(java.nio.charset.StandardCharsets.US_ASCII), "openssl", "x509", "-req",
                    "-CA", paths.caCert().toString(), "-CAkey", paths.caKey().toString(), "-set_serial", serial,
                    "-days", DAYS, "-extfile", ext.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sign in " + work, e);
        }
    }

    /** The SHA-256 fingerprint of a certificate, as openssl prints it. */
    String fingerprint(String certPem) {
        String out = run(certPem.getBytes(java.nio.charset.StandardCharsets.US_ASCII), "openssl", "x509",
                "-noout", "-fingerprint", "-sha256");
        return out.substring(out.indexOf('=') + 1).strip();
    }

    private String run(byte[] stdin, String... command) {
        ProcessSpec spec = new ProcessSpec(List.of(command), null, java.util.Map.of(), TIMEOUT, stdin);
        var result = processes.run(spec);
        if (!result.succeeded()) {
            throw new FleetException(dev.conductor.agent.error.ErrorKind.FAILED, "openssl " + command[1]
                    + " failed (exit " + result.exitCode() + "): " + result.outputTail());
        }
        return result.stdout();
    }

    static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new FleetException(dev.conductor.agent.error.ErrorKind.BAD_REQUEST, what + " " + file
                    + " does not exist");
        }
    }
}
