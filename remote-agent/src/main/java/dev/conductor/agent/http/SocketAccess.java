package dev.conductor.agent.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Who may dial a function's socket: root and Caddy's group ({@code caddy} on Debian), nobody
 * else. Without that group (tests, other distributions), root only.
 */
@FunctionalInterface
public interface SocketAccess {

    void grant(Path socket) throws IOException;

    static SocketAccess caddyGroup() {
        return socket -> {
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-rw----"));
            try {
                GroupPrincipal caddy = socket.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByGroupName("caddy");
                Files.getFileAttributeView(socket, PosixFileAttributeView.class).setGroup(caddy);
            } catch (java.nio.file.attribute.UserPrincipalNotFoundException none) {
                Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
            }
        };
    }
}
