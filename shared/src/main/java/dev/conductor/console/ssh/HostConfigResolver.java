package dev.conductor.console.ssh;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.util.List;
import org.apache.sshd.client.config.hosts.ConfigFileHostEntryResolver;
import org.apache.sshd.client.config.hosts.HostConfigEntry;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.util.OsUtils;

/**
 * Resolves a destination through ~/.ssh/config ({@code Host} patterns, {@code HostName},
 * {@code User}, {@code Port}, {@code IdentityFile}, {@code IdentitiesOnly}, {@code IdentityAgent},
 * {@code ProxyJump}); what the destination says itself wins, as on OpenSSH's command line.
 * The file is re-read when it changes.
 */
final class HostConfigResolver implements HostConfigEntryResolver {

    private final ConfigFileHostEntryResolver file;

    HostConfigResolver(SshPaths paths) {
        this.file = new HomeAwareConfigFile(paths.config(), paths.home());
    }

    /** The effective entry: host name, port, user and identity files are always filled in. */
    HostConfigEntry resolve(Destination destination) {
        try {
            return resolveEffectiveHost(destination.host(), destination.port(), null, destination.user(), null, null);
        } catch (IOException e) {
            throw new SshTransportException("cannot read ssh config " + file.getPath() + " for '" + destination
                    + "': " + e.getMessage(), e);
        }
    }

    @Override
    public HostConfigEntry resolveEffectiveHost(String host, int port, SocketAddress localAddress, String username,
            String proxyJump, AttributeRepository context) throws IOException {
        HostConfigEntry entry = file.resolveEffectiveHost(host, port, localAddress, username, proxyJump, context);
        if (entry == null) {
            entry = new HostConfigEntry(host, host, port, username);
        }
        if (entry.getPort() <= 0) {
            entry.setPort(SshConstants.DEFAULT_PORT);
        }
        if (entry.getUsername() == null || entry.getUsername().isEmpty()) {
            entry.setUsername(OsUtils.getCurrentUser()); // what MINA uses for a config entry without User
        }
        return entry;
    }

    /**
     * MINA expands {@code ~} in IdentityFile with the JVM-wide home ({@code user.home}); this
     * expands it with the injected one first, so that tests and other homes work.
     */
    private static final class HomeAwareConfigFile extends ConfigFileHostEntryResolver {

        private final Path home;

        HomeAwareConfigFile(Path config, Path home) {
            super(config);
            this.home = home;
        }

        @Override
        protected List<HostConfigEntry> reloadHostConfigEntries(Path path, String host, int port, String username,
                String proxyJump) throws IOException {
            List<HostConfigEntry> entries = super.reloadHostConfigEntries(path, host, port, username, proxyJump);
            for (HostConfigEntry entry : entries) {
                List<String> identities = entry.getIdentities().stream().map(this::expand).toList();
                entry.setIdentities(identities);
            }
            return entries;
        }

        private String expand(String identity) {
            return identity.equals("~") || identity.startsWith("~/")
                    ? home.resolve(identity.substring(Math.min(2, identity.length()))).toString()
                    : identity;
        }
    }
}
