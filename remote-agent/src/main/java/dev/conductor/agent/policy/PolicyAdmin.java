package dev.conductor.agent.policy;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import dev.conductor.spec.SafeName;
import dev.conductor.spec.SafeNameValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** What {@code conductor-agent policy ...} does to the policy files. */
public final class PolicyAdmin {

    /** A token made by {@link #addToken}: shown once, then only its digest exists. */
    public record Issued(String token, TokenRule rule) {}

    private final PolicyStore store;
    private final Clock clock;

    public PolicyAdmin(PolicyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Policy create(String name) {
        if (store.find(name).isPresent()) {
            throw new ConductorException(ErrorKind.BAD_REQUEST, "policy '" + name + "' exists already: "
                    + store.file(name).orElseThrow());
        }
        return store.save(new Policy(name, store.home(name), List.of()));
    }

    public Issued addToken(String name, String ruleName, Instant expires, List<String> authorizations) {
        Policy policy = editable(name);
        String chosen = ruleName != null ? ruleName : freeName(policy, "token-");
        String token = Tokens.generate();
        TokenRule rule = new TokenRule(checkRule(policy, chosen), Tokens.digest(token), clock.instant(), expires,
                authorizations);
        store.save(policy.with(rule));
        return new Issued(token, rule);
    }

    public void revoke(String name, String tokenName) {
        Policy policy = editable(name);
        if (!(policy.rule(tokenName).orElse(null) instanceof TokenRule)) {
            throw new ConductorException(ErrorKind.NOT_FOUND, "policy '" + name + "' has no token '" + tokenName
                    + "'; its rules: " + policy.rules().stream().map(PolicyRule::name).toList());
        }
        store.save(policy.without(tokenName));
    }

    /** Copies the key file into the policy's directory (root only), after checking that it parses. */
    public KeyRule addKey(String name, Path file, String ruleName, String issuer, String audience,
            List<String> authorizations) {
        Policy policy = editable(name);
        String chosen = checkRule(policy, ruleName != null ? ruleName : freeName(policy, "key-"));
        checkKeys(file);
        try {
            Path keyDir = Files.createDirectories(policy.directory().resolve("keys"));
            String keyFile = "keys/" + chosen + (file.toString().endsWith(".json") ? ".json" : ".pem");
            Path target = policy.directory().resolve(keyFile);
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
            Files.setPosixFilePermissions(keyDir, PosixFilePermissions.fromString("rwx------"));
            KeyRule rule = new KeyRule(chosen, keyFile, issuer, audience, authorizations);
            store.save(policy.with(rule));
            return rule;
        } catch (IOException e) {
            throw new ConductorException(ErrorKind.FAILED, "cannot copy key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void checkKeys(Path file) {
        try {
            if (JwtKeys.parse(Files.readString(file)).isEmpty()) {
                throw new ConductorException(ErrorKind.BAD_REQUEST, file + ": no signing key in it");
            }
        } catch (IOException e) {
            throw new ConductorException(ErrorKind.BAD_REQUEST, "cannot read key file " + file + ": " + e.getMessage(), e);
        } catch (ConductorException e) {
            throw e.getMessage().startsWith(file.toString()) ? e
                    : new ConductorException(ErrorKind.BAD_REQUEST, file + ": " + e.getMessage(), e);
        }
    }

    /** What the auth endpoint would decide for {@code credential} against policy {@code name}. */
    public Decision test(String name, String credential, String authorization) {
        store.get(name);
        return new Gate(new PolicyCache(store, System::nanoTime), clock)
                .decide(List.of(new Requirement(name, authorization)), "Bearer " + credential);
    }

    private Policy editable(String name) {
        Policy policy = store.get(name);
        if (!policy.directory().startsWith(store.home(name).getParent())) {
            throw new ConductorException(ErrorKind.BAD_REQUEST, "policy '" + name + "' is in " + policy.directory()
                    + ", which the CLI does not change; edit it there, or create it in " + store.home(name).getParent());
        }
        return policy;
    }

    private static String checkRule(Policy policy, String ruleName) {
        if (!SafeNameValidator.isSafe(ruleName)) {
            throw new ConductorException(ErrorKind.BAD_REQUEST, "rule name '" + ruleName + "' " + SafeName.RULE);
        }
        if (policy.rule(ruleName).isPresent()) {
            throw new ConductorException(ErrorKind.BAD_REQUEST, "policy '" + policy.name() + "' has a rule '"
                    + ruleName + "' already");
        }
        return ruleName;
    }

    private static String freeName(Policy policy, String prefix) {
        int n = 1;
        while (policy.rule(prefix + n).isPresent()) {
            n++;
        }
        return prefix + n;
    }
}
