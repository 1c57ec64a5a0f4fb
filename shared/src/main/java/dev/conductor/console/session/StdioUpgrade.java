package dev.conductor.console.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP upgrade that turns a connection to the agent's socket into a protocol session, the
 * request the agent's own {@code serve --stdio} bridge sends. Only the answer's head is read: the
 * agent's hello follows it at once.
 */
final class StdioUpgrade {

    static final String REQUEST = "POST /v1/stdio HTTP/1.1\r\nHost: conductor-agent\r\nConnection: Upgrade\r\n"
            + "Upgrade: conductor-stdio\r\n\r\n";
    static final int MAX_HEAD = 8 * 1024;
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] (\\d{3})(?: .*)?");
    private static final Pattern UPGRADE = Pattern.compile("(?im)^upgrade:[ \\t]*conductor-stdio[ \\t]*\r?$");

    private StdioUpgrade() {
    }

    /**
     * Asks for the upgrade and checks the answer, closing {@code socket} if none came within {@code timeout}.
     *
     * @throws AgentSessionException naming the socket and quoting what it answered
     */
    static void perform(AgentChannel socket, Duration timeout) {
        CompletableFuture<Void> answered = new CompletableFuture<>();
        // closing a silent socket (an agent stuck starting) ends the read below
        answered.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((ok, late) -> {
            if (late != null) {
                socket.close();
            }
        });
        try {
            exchange(socket);
        } catch (AgentSessionException e) {
            if (answered.isCompletedExceptionally()) {
                throw new AgentSessionException(socket.describe() + " did not answer the upgrade to conductor-stdio"
                        + " within " + Handshake.seconds(timeout), e);
            }
            throw e;
        } finally {
            answered.complete(null);
        }
    }

    private static void exchange(AgentChannel socket) {
        try {
            OutputStream out = socket.stdin();
            out.write(REQUEST.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            check(readHead(socket.stdout(), socket.describe()), socket.describe());
        } catch (IOException e) {
            throw new AgentSessionException("the upgrade on " + socket.describe() + " failed: " + e.getMessage(), e);
        }
    }

    /** Reads up to and including the blank line that ends an answer's head, and not one byte more. */
    static String readHead(InputStream in, String where) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new AgentSessionException(where + " closed the connection before answering the upgrade"
                        + (head.size() == 0 ? "" : ", after '" + quote(head.toString(StandardCharsets.ISO_8859_1)) + "'"));
            }
            head.write(b);
            if (head.size() > MAX_HEAD) {
                throw new AgentSessionException(where + " answered the upgrade with a head over " + MAX_HEAD
                        + " bytes: '" + quote(head.toString(StandardCharsets.ISO_8859_1)) + "'");
            }
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** Accepts {@code 101} with {@code Upgrade: conductor-stdio}, refuses anything else. */
    static void check(String head, String where) {
        String statusLine = head.lines().findFirst().orElse("");
        Matcher status = STATUS_LINE.matcher(statusLine);
        if (!status.matches()) {
            throw new AgentSessionException(where + " answered the upgrade with something that is not HTTP: '"
                    + quote(statusLine) + "'");
        }
        if (!status.group(1).equals("101")) {
            throw new AgentSessionException(where + " answered '" + quote(statusLine)
                    + "' instead of switching to conductor-stdio");
        }
        if (!UPGRADE.matcher(head).find()) {
            throw new AgentSessionException(where + " switched protocols, but not to conductor-stdio: '"
                    + quote(head.strip()) + "'");
        }
    }

    private static String quote(String text) {
        String cut = text.length() <= 200 ? text : text.substring(0, 200) + "...";
        return cut.replace("\r", "\\r").replace("\n", "\\n");
    }
}
