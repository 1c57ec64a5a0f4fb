package dev.conductor.agent.policy;

/** What the auth endpoint reads of a request head: its path, credential and framing. */
record AuthRequest(String path, String authorization, boolean close, boolean hasBody) {

    /** The request of {@code head} (without its blank line); null when it is no HTTP/1.x request. */
    static AuthRequest parse(String head) {
        String[] lines = head.split("\r\n");
        String[] start = lines[0].split(" ");
        if (start.length != 3 || !start[2].startsWith("HTTP/1.")) {
            return null;
        }
        String authorization = null;
        boolean close = start[2].equals("HTTP/1.0");
        boolean body = false;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = lines[i].substring(0, colon).strip();
            String value = lines[i].substring(colon + 1).strip();
            if (name.equalsIgnoreCase("Authorization")) {
                // two of them is not a credential but a trick: neither counts
                authorization = authorization == null ? value : "";
            } else if (name.equalsIgnoreCase("Connection")) {
                close = value.equalsIgnoreCase("close");
            } else if (name.equalsIgnoreCase("Transfer-Encoding")
                    || name.equalsIgnoreCase("Content-Length") && !value.equals("0")) {
                body = true;
            }
        }
        int query = start[1].indexOf('?');
        return new AuthRequest(query < 0 ? start[1] : start[1].substring(0, query), authorization, close, body);
    }
}
