package dev.conductor.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.Optional;

/** The {@code /} prompt of a stream window: the text typed, and what the last search found. */
final class StreamSearch {

    private StringBuilder typed;
    private String needle = "";
    private String result = "";

    boolean active() {
        return typed != null;
    }

    void begin() {
        typed = new StringBuilder();
    }

    String prompt() {
        return "search: /" + typed + "_   Enter find  Esc cancel";
    }

    String needle() {
        return needle;
    }

    String result() {
        return result;
    }

    void found(String text) {
        result = text;
    }

    /** Takes a key while the prompt is open; returns the text to find once Enter is pressed. */
    Optional<String> key(KeyStroke key) {
        switch (key.getKeyType()) {
            case Character -> typed.append(key.getCharacter());
            case Backspace -> typed.setLength(Math.max(0, typed.length() - 1));
            case Enter -> {
                needle = typed.toString();
                typed = null;
                return Optional.of(needle);
            }
            case Escape -> typed = null;
            default -> { }
        }
        return Optional.empty();
    }
}
