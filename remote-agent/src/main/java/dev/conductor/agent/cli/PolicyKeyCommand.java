package dev.conductor.agent.cli;

import dev.conductor.agent.policy.KeyRule;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code policy key add}: a JWT rule with a public key. */
@Command(name = "key", mixinStandardHelpOptions = true, description = "Add JWT public keys to a policy.")
final class PolicyKeyCommand {

    @ParentCommand
    private PolicyCommand policy;

    @Command(name = "add", description = {"Add a JWT rule: tokens signed by FILE's key (RS256/384/512, ES256/384/512,"
            + " EdDSA) admit.", "FILE: a PEM public key or certificate, a JWK or a JWKS; it is copied into the policy."})
    void add(@Parameters(paramLabel = "NAME", description = "The policy.") String name,
            @Parameters(paramLabel = "FILE") Path file,
            @Option(names = "--name", paramLabel = "N", description = "The rule's name (default: key-1, key-2, ...).")
            String ruleName,
            @Option(names = "--issuer", paramLabel = "ISS", description = "The iss tokens must carry.") String issuer,
            @Option(names = "--audience", paramLabel = "AUD", description = "An aud tokens must carry.") String audience,
            @Option(names = "--authorization", paramLabel = "A", description = "An authorization it grants"
                    + " (repeatable).") List<String> authorizations) {
        KeyRule rule = policy.admin().addKey(name, file.toAbsolutePath(), ruleName, issuer, audience,
                authorizations == null ? List.of() : authorizations);
        policy.print("added JWT rule " + rule.name() + " to policy " + name + " (" + rule.keyFile() + ")");
    }
}
