package dev.conductor.agent.daemon;

import java.util.List;

/**
 * The JSON of {@code POST /v1/cli}, written and read without Jackson: the CLI is a JVM started
 * per command, and Jackson's start-up would be a third of its time. The shapes are fixed: the
 * request {@code {"args": ["..."]}}, then one frame per line, {@code {"out": "text"}},
 * {@code {"err": "text"}} and last {@code {"exit": 0}}.
 */
final class CliFrames {

    /** One line of the answer: {@code stream} is {@code out}, {@code err} or {@code exit}. */
    record Frame(String stream, String text, int exit) {

        boolean isExit() {
            return "exit".equals(stream);
        }
    }

    private CliFrames() {}

    static String request(List<String> args) {
        StringBuilder json = new StringBuilder("{\"args\":[");
        for (int i = 0; i < args.size(); i++) {
            json.append(i == 0 ? "" : ",").append(JsonText.quote(args.get(i)));
        }
        return json.append("]}").toString();
    }

    static String text(String stream, String text) {
        return "{" + JsonText.quote(stream) + ":" + JsonText.quote(text) + "}";
    }

    static String exit(int code) {
        return "{\"exit\":" + code + "}";
    }

    /**
     * Reads a frame as {@link #text} and {@link #exit} write it.
     *
     * @throws IllegalArgumentException quoting the line when it is no frame
     */
    static Frame parse(String line) {
        JsonText reader = new JsonText(line.strip());
        reader.expect('{');
        String stream = reader.string();
        reader.expect(':');
        Frame frame = "exit".equals(stream) ? new Frame(stream, "", reader.integer())
                : new Frame(stream, reader.string(), 0);
        reader.expect('}');
        reader.end();
        return frame;
    }
}
