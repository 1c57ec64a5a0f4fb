package dev.conductor.agent.proxy;

import dev.conductor.agent.caddy.CaddyAdmin;
import dev.conductor.agent.context.ExecutionContext;
import dev.conductor.agent.process.ProcessRunner;
import dev.conductor.agent.template.TemplateRunner;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Registers the Caddy snippets of a service or a deployment and removes them again. The
 * {@code @id}s are written to a ledger before they are posted, so that an agent killed in
 * between still knows what to remove.
 */
public final class ProxyRoutes {

    /** Where a service or deployment keeps the {@code @id}s it registered. */
    public interface Ledger {
        List<String> ids();

        void save(List<String> ids);
    }

    private final TemplateRunner templates;
    private final CaddyAdmin caddy;
    private final ProxyRegistrar registrar;

    /**
     * @param processes renders the proxy templates
     * @param caddy receives the snippets
     */
    public ProxyRoutes(ProcessRunner processes, CaddyAdmin caddy) {
        this.templates = new TemplateRunner(processes);
        this.caddy = caddy;
        this.registrar = new ProxyRegistrar(caddy);
    }

    /** Renders the template in {@code context} and registers its snippets; returns the {@code @id}s. */
    public List<String> register(String template, ExecutionContext context, Ledger ledger) {
        return register(template, context, ledger, List.of());
    }

    /**
     * As {@link #register(String, ExecutionContext, Ledger)}, with {@code extra} snippets (functions' routes) too.
     * A snippet the same as one before it is registered once: a template called for each function
     * that prints its service's snippets every time registers them once.
     */
    public List<String> register(String template, ExecutionContext context, Ledger ledger, List<ProxySnippet> extra) {
        Set<ProxySnippet> snippets = new LinkedHashSet<>(render(template, context));
        snippets.addAll(extra);
        return snippets.isEmpty() ? List.of() : registerChecked(List.copyOf(snippets), ledger, "", Map.of());
    }

    /** What {@code template} prints in {@code context}, as snippets; none without a template. */
    public List<ProxySnippet> render(String template, ExecutionContext context) {
        return template == null ? List.of() : ProxySnippetParser.parse(templates.render(template, context), template);
    }

    /**
     * As {@link #register(String, ExecutionContext, Ledger)} for a deployment of {@code service}:
     * refuses first a route that takes paths another service's route serves, and then one that a
     * route before it in Caddy would keep from answering.
     *
     * @param owners the {@code @id}s of the host's deployments, to the service of each
     * @throws ProxyConflictException naming the route in the way; what was registered is in the ledger
     */
    public List<String> register(String template, ExecutionContext context, Ledger ledger, String service,
            Map<String, String> owners) {
        if (template == null) {
            return List.of();
        }
        return registerChecked(ProxySnippetParser.parse(templates.render(template, context), template), ledger,
                service, owners);
    }

    private List<String> registerChecked(List<ProxySnippet> snippets, Ledger ledger, String service,
            Map<String, String> owners) {
        RouteOverlaps.refuse(caddy, snippets, service, owners(owners, service, false));
        Set<String> owned = new LinkedHashSet<>(ledger.ids());
        Set<String> intended = new LinkedHashSet<>(owned);
        snippets.stream().filter(snippet -> !snippet.registerOnly())
                .forEach(snippet -> snippet.atId().ifPresent(intended::add));
        ledger.save(List.copyOf(intended));
        List<String> registered;
        try {
            registered = registrar.register(snippets, owned);
            ledger.save(registered);
        } catch (RuntimeException e) {
            // the registrar undid its own posts; a refused @id may belong to someone else
            ledger.save(List.copyOf(owned));
            throw e;
        }
        if (!service.isEmpty()) {
            Set<String> ownService = new LinkedHashSet<>(owners(owners, service, true).keySet());
            ownService.addAll(registered);
            RouteOverlaps.refuseShadowed(caddy, snippets, ownService);
        }
        return registered;
    }

    private static Map<String, String> owners(Map<String, String> owners, String service, boolean same) {
        Map<String, String> chosen = new HashMap<>();
        owners.forEach((atId, owner) -> {
            if (owner.equals(service) == same) {
                chosen.put(atId, owner);
            }
        });
        return chosen;
    }

    /** Removes what the ledger says was registered. */
    public void deregister(Ledger ledger) {
        registrar.deregister(ledger.ids());
        ledger.save(List.of());
    }
}
