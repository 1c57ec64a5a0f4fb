package dev.conductor.agent.function;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.policy.Policy;
import dev.conductor.agent.policy.PolicyStore;
import dev.conductor.agent.policy.Requirement;
import dev.conductor.spec.Command;
import dev.conductor.spec.ServiceSpec;
import dev.conductor.spec.load.LoadWarning;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code check} says about the policies that functions and remote actions name: a policy that
 * does not exist or does not load, or no rule of it granting the authorization asked for. Each of
 * these refuses every request, which the loader alone cannot see.
 */
public final class PolicyReferences {

    private final PolicyStore store;

    public PolicyReferences(PolicyStore store) {
        this.store = store;
    }

    public List<LoadWarning> check(List<ServiceSpec> services) {
        List<LoadWarning> warnings = new ArrayList<>();
        for (ServiceSpec service : services) {
            Path file = service.directory().resolve("conductor-service.json");
            service.functions().forEach(function -> function.policies().forEach(needed -> check(needed,
                    "function '" + FunctionId.of(service.name(), function) + "'", file, warnings)));
            for (Map.Entry<String, Command> command : service.commands().entrySet()) {
                if (command.getValue().remote() != null) {
                    command.getValue().remote().policies().forEach(needed -> check(needed, "remote action '"
                            + ActionFunctions.id(service.name(), command.getKey()) + "'", file, warnings));
                }
            }
        }
        return warnings;
    }

    private void check(String needed, String who, Path file, List<LoadWarning> warnings) {
        problem(needed).ifPresent(problem -> warnings.add(new LoadWarning(file, "",
                who + " needs '" + needed + "', but " + problem + ": every request to it is refused")));
    }

    private Optional<String> problem(String needed) {
        try {
            Requirement requirement = Requirement.parse(needed);
            Optional<Policy> policy = store.find(requirement.policy());
            if (policy.isEmpty()) {
                return Optional.of("there is no policy '" + requirement.policy() + "'");
            }
            if (policy.get().rules().stream().noneMatch(rule -> rule.grants(requirement.authorization()))) {
                return Optional.of(policy.get().rules().isEmpty() ? "policy '" + requirement.policy() + "' has no rules"
                        : "no rule of policy '" + requirement.policy() + "' grants '" + requirement.authorization() + "'");
            }
            return Optional.empty();
        } catch (ConductorException e) {
            return Optional.of(e.getMessage());
        }
    }
}
