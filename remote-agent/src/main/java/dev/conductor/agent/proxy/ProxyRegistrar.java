package dev.conductor.agent.proxy;

import dev.conductor.agent.caddy.CaddyAdmin;
import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.agent.caddy.CaddyConflictException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Registers proxy snippets in Caddy and removes them again, by {@code @id}. Writes use the
 * config's Etag, so that a concurrent change is noticed rather than overwritten.
 */
public final class ProxyRegistrar {

    private static final int RETRIES = 3;

    private final CaddyAdmin caddy;

    public ProxyRegistrar(CaddyAdmin caddy) {
        this.caddy = Objects.requireNonNull(caddy, "caddy");
    }

    /**
     * Registers {@code snippets}, all or none. An {@code @id} already in Caddy is replaced when
     * it is in {@code ownedIds} and refused otherwise; a register-only snippet whose
     * {@code @id} is present is left as it is.
     *
     * @return the {@code @id}s to pass to {@link #deregister} later (register-only ones excluded)
     * @throws ProxyConflictException when an {@code @id} belongs to someone else; nothing changed
     * @throws ProxyException when Caddy refuses a snippet; the ones posted before it are removed
     */
    public List<String> register(List<ProxySnippet> snippets, Set<String> ownedIds) {
        requireDistinct(snippets);
        Set<String> present = CaddyIds.in(caddy.snapshot().config());
        List<ProxySnippet> toPost = snippets.stream().filter(snippet -> !alreadyKept(snippet, present))
                .filter(snippet -> !alreadyPostedWithoutId(snippet))
                .filter(snippet -> !unchangedOwn(snippet, present, ownedIds)).toList();
        refuseForeign(toPost, present, ownedIds);
        // Our own earlier registration: replacing it makes a second start after a crash harmless.
        toPost.forEach(snippet -> snippet.atId().filter(present::contains).ifPresent(this::delete));
        postAll(toPost);
        return snippets.stream().filter(snippet -> !snippet.registerOnly())
                .map(snippet -> snippet.atId().orElseThrow()).toList();
    }

    /**
     * Removes the snippets with these {@code @id}s; one that is already gone is fine. Every
     * removal is tried even when an earlier one fails.
     *
     * @throws ProxyException listing every {@code @id} that could not be removed
     */
    public void deregister(Collection<String> atIds) {
        List<String> reasons = new ArrayList<>();
        List<RuntimeException> failures = new ArrayList<>();
        for (String atId : atIds) {
            try {
                ProxySnippet.requireAtId(atId);
                delete(atId);
            } catch (RuntimeException e) {
                reasons.add("'" + atId + "': " + e.getMessage());
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            ProxyException error = new ProxyException("could not remove " + failures.size() + " of " + atIds.size()
                    + " proxy snippet(s) from Caddy: " + String.join("; ", reasons), failures.get(0));
            failures.stream().skip(1).forEach(error::addSuppressed);
            throw error;
        }
    }

    private static void requireDistinct(List<ProxySnippet> snippets) {
        Set<String> seen = new HashSet<>();
        for (ProxySnippet snippet : snippets) {
            snippet.atId().filter(atId -> !seen.add(atId)).ifPresent(atId -> {
                throw new ProxyConfigException("two snippets have the '@id' '" + atId + "'");
            });
        }
    }

    // A register-only snippet is never removed, so finding its @id means a previous start posted it.
    private static boolean alreadyKept(ProxySnippet snippet, Set<String> present) {
        return snippet.registerOnly() && snippet.atId().filter(present::contains).isPresent();
    }

    // Without an @id, a register-only snippet is found by its content where it was posted: else
    // each deploy would append another copy.
    private boolean alreadyPostedWithoutId(ProxySnippet snippet) {
        if (!snippet.registerOnly() || snippet.atId().isPresent()) {
            return false;
        }
        return caddy.get(snippet.path()).map(target -> target.equals(snippet.config())
                || target.isArray() && contains(target, snippet.config())).orElse(false);
    }

    private static boolean contains(JsonNode array, JsonNode element) {
        for (JsonNode entry : array) {
            if (entry.equals(element)) {
                return true;
            }
        }
        return false;
    }

    // Re-registering our own unchanged snippet (a config unit restarted without Caddy losing its
    // config) must not delete and re-post it: requests in between would find no route.
    private boolean unchangedOwn(ProxySnippet snippet, Set<String> present, Set<String> ownedIds) {
        return snippet.atId().filter(present::contains).filter(ownedIds::contains)
                .flatMap(atId -> caddy.get("/id/" + atId)).map(snippet.config()::equals).orElse(false);
    }

    private static void refuseForeign(List<ProxySnippet> snippets, Set<String> present, Set<String> ownedIds) {
        for (ProxySnippet snippet : snippets) {
            snippet.atId().filter(present::contains).filter(atId -> !ownedIds.contains(atId)).ifPresent(atId -> {
                throw new ProxyConflictException(atId, "'@id' '" + atId + "' of snippet '" + snippet.id()
                        + "' already exists in Caddy's config and is not ours; nothing was registered");
            });
        }
    }

    private void postAll(List<ProxySnippet> snippets) {
        List<String> posted = new ArrayList<>();
        for (ProxySnippet snippet : snippets) {
            try {
                postOne(snippet);
            } catch (RuntimeException e) {
                throw rollBack(posted, snippet, e);
            }
            snippet.atId().ifPresent(posted::add);
        }
    }

    // Each write changes the Etag, so every post reads a fresh one, and re-checks the @id:
    // another agent may have taken it since the first check.
    private void postOne(ProxySnippet snippet) {
        for (int attempt = 0; ; attempt++) {
            CaddyAdmin.Etagged snapshot = caddy.snapshot();
            snippet.atId().filter(CaddyIds.in(snapshot.config())::contains).ifPresent(atId -> {
                throw new ProxyConflictException(atId, "'@id' '" + atId + "' of snippet '" + snippet.id()
                        + "' appeared in Caddy's config while registering");
            });
            try {
                caddy.post(snippet.path(), snippet.config(), snapshot.etag());
                return;
            } catch (CaddyConflictException e) {
                if (attempt == RETRIES) {
                    throw e;
                }
            }
        }
    }

    private ProxyException rollBack(List<String> posted, ProxySnippet failed, RuntimeException cause) {
        ProxyException error = cause instanceof ProxyConflictException conflict ? conflict
                : new ProxyException("Caddy refused snippet '" + failed.id() + "'"
                        + failed.atId().map(atId -> " ('@id' '" + atId + "')").orElse("") + ": " + cause.getMessage()
                        + "; removed the " + posted.size() + " snippet(s) registered before it: " + posted, cause);
        // Newest first, in case a later snippet was posted inside an earlier one.
        for (int i = posted.size() - 1; i >= 0; i--) {
            try {
                delete(posted.get(i));
            } catch (RuntimeException e) {
                error.addSuppressed(e);
            }
        }
        return error;
    }

    private void delete(String atId) {
        caddy.delete("/id/" + atId);
    }
}
