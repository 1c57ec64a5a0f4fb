package dev.conductor.agent.daemon;

import java.io.IOException;
import java.io.InputStream;

/** Reads an HTTP response head off the agent's socket and returns its status. */
final class ResponseHead {

    private ResponseHead() {}

    static int read(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0 || head.length() > HttpRequest.MAX_HEAD) {
                throw new IOException("the agent sent no complete response head: '" + HttpRequest.cut(head.toString()) + "'");
            }
            head.append((char) b);
        }
        String[] status = head.toString().split(" ", 3);
        try {
            return Integer.parseInt(status[1].strip());
        } catch (RuntimeException e) {
            throw new IOException("not an HTTP status line from the agent: '" + HttpRequest.cut(head.toString()) + "'");
        }
    }
}
