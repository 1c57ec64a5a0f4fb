package dev.conductor.agent.cli;

import dev.conductor.agent.policy.Expiry;
import dev.conductor.agent.policy.PolicyAdmin;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code policy token add|revoke}: static bearer tokens, of which only a digest is kept. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Add and revoke a policy's static tokens.")
final class PolicyTokenCommand {

    @ParentCommand
    private PolicyCommand policy;

    @Command(name = "add", description = {"Add a token rule and print the token, once, alone on the last line.",
            "Only its SHA-256 is kept: a lost token is revoked and replaced, never shown again."})
    void add(@Parameters(paramLabel = "NAME", description = "The policy.") String name,
            @Option(names = "--name", paramLabel = "N", description = "The token's name (default: token-1, token-2, ...).")
            String tokenName,
            @Option(names = "--expires", paramLabel = "D", description = "When it stops admitting: 90m, 12h, 30d,"
                    + " 2027-01-31 or an instant (default: never).") String expires,
            @Option(names = "--authorization", paramLabel = "A", description = "An authorization it grants"
                    + " (repeatable).") List<String> authorizations) {
        PolicyAdmin.Issued issued = policy.admin().addToken(name, tokenName,
                expires == null ? null : Expiry.parse(expires, java.time.Instant.now()),
                authorizations == null ? List.of() : authorizations);
        policy.print("added token " + issued.rule().name() + " to policy " + name
                + (issued.rule().expires() == null ? "" : ", expires " + issued.rule().expires())
                + "; it is shown only now:");
        policy.print(issued.token());
    }

    @Command(name = "revoke", description = "Remove a token rule: the token admits nothing from then on.")
    void revoke(@Parameters(paramLabel = "NAME", description = "The policy.") String name,
            @Parameters(paramLabel = "TOKEN_NAME") String tokenName) {
        policy.admin().revoke(name, tokenName);
        policy.print("revoked token " + tokenName + " of policy " + name);
    }
}
