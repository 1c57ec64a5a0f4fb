package dev.conductor.agent.daemon;

/** JSON strings and integers, quoted and read, for {@link CliFrames}. */
final class JsonText {

    private final String json;
    private int at;

    JsonText(String json) {
        this.json = json;
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    void expect(char c) {
        skipSpace();
        if (at >= json.length() || json.charAt(at) != c) {
            throw bad("'" + c + "'");
        }
        at++;
    }

    void end() {
        skipSpace();
        if (at != json.length()) {
            throw bad("the end");
        }
    }

    int integer() {
        skipSpace();
        int start = at;
        if (at < json.length() && json.charAt(at) == '-') {
            at++;
        }
        while (at < json.length() && Character.isDigit(json.charAt(at))) {
            at++;
        }
        try {
            return Integer.parseInt(json.substring(start, at));
        } catch (NumberFormatException e) {
            throw bad("a number");
        }
    }

    String string() {
        expect('"');
        StringBuilder text = new StringBuilder();
        while (at < json.length()) {
            char c = json.charAt(at++);
            if (c == '"') {
                return text.toString();
            }
            text.append(c == '\\' ? escaped() : c);
        }
        throw bad("the end of a string");
    }

    private char escaped() {
        if (at >= json.length()) {
            throw bad("an escape");
        }
        char c = json.charAt(at++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode();
            default -> throw bad("an escape");
        };
    }

    private char unicode() {
        if (at + 4 > json.length()) {
            throw bad("four hex digits");
        }
        try {
            char c = (char) Integer.parseInt(json.substring(at, at + 4), 16);
            at += 4;
            return c;
        } catch (NumberFormatException e) {
            throw bad("four hex digits");
        }
    }

    private void skipSpace() {
        while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException bad(String wanted) {
        String shown = json.length() > 200 ? json.substring(0, 200) + "..." : json;
        return new IllegalArgumentException("expected " + wanted + " at character " + at + " of '" + shown + "'");
    }
}
