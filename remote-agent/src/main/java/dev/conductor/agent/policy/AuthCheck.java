package dev.conductor.agent.policy;

import dev.conductor.agent.error.ConductorException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** The auth endpoint's decision for one function: its policies, the gate, and the journal line. */
final class AuthCheck {

    private final Gate gate;
    private final Function<String, Optional<List<String>>> needs;
    private final Consumer<String> journal;

    AuthCheck(Gate gate, Function<String, Optional<List<String>>> needs, Consumer<String> journal) {
        this.gate = gate;
        this.needs = needs;
        this.journal = journal;
    }

    Decision decide(String function, String authorization) {
        Decision decision = decideQuietly(function, authorization);
        if (!decision.admitted()) {
            journal.accept("auth: function " + AuthAnswer.headerValue(function) + ": refused with " + decision.status()
                    + ": " + decision.reason());
        }
        return decision;
    }

    private Decision decideQuietly(String function, String authorization) {
        Optional<List<String>> policies = needs.apply(function);
        if (policies.isEmpty()) {
            return Decision.forbidden("no function '" + function + "' is served here");
        }
        if (policies.get().isEmpty()) {
            return Decision.forbidden("the function names no policy");
        }
        List<Requirement> requirements = new ArrayList<>();
        try {
            policies.get().forEach(text -> requirements.add(Requirement.parse(text)));
        } catch (ConductorException e) {
            return Decision.forbidden(e.getMessage());
        }
        return gate.decide(requirements, authorization);
    }
}
