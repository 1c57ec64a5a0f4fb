package dev.conductor.agent.function;

import dev.conductor.spec.FunctionMode;
import dev.conductor.spec.ServiceFunction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The systemd units that run an http-stdio function's processes: a socket only root may dial,
 * with {@code Accept=yes} for {@code single} and {@code multi} (each connection is a process whose
 * stdin and stdout are that connection) and {@code Accept=no} for {@code parallel} (one daemon gets
 * the listening socket by {@code LISTEN_FDS}). The names carry a hash of the definition, so that a
 * changed function starts beside the old one and the old one drains, as deployments do.
 *
 * @param base {@code conductor-fn-ID-HASH}: the socket is {@code base.socket}
 * @param service the service unit, {@code base@.service} (a template) or {@code base.service}
 */
record FunctionUnits(String base, String service, Path socketPath, List<String> socketLines,
        List<String> serviceLines) {

    /** Where the processes' sockets live: root's alone, unlike the sockets Caddy dials. */
    static final Path PROCESS_SOCKETS = FunctionId.SOCKETS.resolve("processes");
    private static final int START_LIMIT_SEC = 10;

    static FunctionUnits of(String id, ServiceFunction function, Path directory, Map<String, String> variables,
            Path processSockets) {
        boolean accept = function.mode() != FunctionMode.PARALLEL;
        List<String> service = serviceLines(id, function, directory, variables, accept);
        String base = "conductor-fn-" + id + "-" + hash(service);
        Path socket = processSockets.resolve(id + "-" + hash(service) + ".sock");
        List<String> socketLines = List.of("[Unit]", "Description=Conductor function " + escape(id) + ", its processes",
                "[Socket]", "ListenStream=" + escape(socket.toString()), "SocketMode=0600",
                "Accept=" + (accept ? "yes" : "no"),
                // the agent bounds the connections itself; systemd's own limits must never bite
                "MaxConnections=4096", "Backlog=1024", "TriggerLimitIntervalSec=0");
        return new FunctionUnits(base, accept ? base + "@.service" : base + ".service", socket, socketLines, service);
    }

    /**
     * A daemon that dies at start leaves its connection unaccepted, and systemd would start it
     * again and again: the start limit ends that (the socket fails, and the agent revives it after
     * a while), set so that stops for being idle never reach it.
     */
    private static int startBurst(ServiceFunction function) {
        return 5 + START_LIMIT_SEC / function.idleTimeoutSec();
    }

    String socketUnit() {
        return base + ".socket";
    }

    /** The unit of the process behind the {@code number}-th connection the agent (process {@code pid}) made. */
    String instance(long number, long pid) {
        return base + "@" + number + "-" + pid + "-0.service";
    }

    private static List<String> serviceLines(String id, ServiceFunction function, Path directory,
            Map<String, String> variables, boolean accept) {
        List<String> lines = new ArrayList<>(List.of("[Unit]", "Description=Conductor function " + escape(id),
                "CollectMode=inactive-or-failed", "StartLimitIntervalSec=" + START_LIMIT_SEC,
                "StartLimitBurst=" + startBurst(function), "[Service]",
                "Slice=" + FunctionScope.SLICE, "WorkingDirectory=" + escape(directory.toString()),
                "ExecStart=" + command(function.exec()), "StandardError=journal",
                "SyslogIdentifier=" + escape(FunctionLog.identifier(id)), "LogExtraFields=CONDUCTOR_FUNCTION=" + escape(id)));
        if (accept) {
            lines.add("StandardInput=socket");
            lines.add("StandardOutput=socket");
        }
        new TreeMap<>(variables).forEach((name, value) -> lines.add("Environment=\"" + quoted(name + "=" + value) + "\""));
        lines.addAll(function.serviceDirectives());
        return List.copyOf(lines);
    }

    /** An ExecStart= line: each word quoted, with systemd's specifiers and variables kept literal. */
    static String command(List<String> words) {
        StringBuilder line = new StringBuilder();
        for (String word : words) {
            line.append(line.isEmpty() ? "" : " ").append('"').append(quoted(word).replace("$", "$$")).append('"');
        }
        return line.toString();
    }

    /** Inside a double-quoted systemd word: C escapes for quote, backslash and control characters. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '%' -> out.append("%%");
                default -> out.append(c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("%", "%%").replace("\n", " ");
    }

    private static String hash(List<String> lines) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
