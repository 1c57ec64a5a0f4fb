package dev.conductor.gui;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the window was and how it was set up, remembered between runs in
 * {@code ~/.config/conductor/gui.properties}. A missing or damaged file gives the defaults: a
 * console that cannot remember its size should still start.
 *
 * @param x left edge, or NaN to let the platform centre the window
 * @param y top edge, or NaN
 * @param width window width
 * @param height window height
 * @param maximized whether the window was maximized
 * @param dark whether the dark theme was chosen
 * @param split where the divider between the services and the tabs below sits (0..1)
 */
public record WindowState(double x, double y, double width, double height, boolean maximized, boolean dark,
                          double split) {

    public static final WindowState DEFAULT = new WindowState(Double.NaN, Double.NaN, 1280, 800, false, false, 0.55);
    private static final double MIN_WIDTH = 640;
    private static final double MIN_HEIGHT = 400;

    public static Path standardFile() {
        return Path.of(System.getProperty("user.home"), ".config", "conductor", "gui.properties");
    }

    public static WindowState load(Path file) {
        if (!Files.isRegularFile(file)) {
            return DEFAULT;
        }
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            props.load(in);
            return new WindowState(number(props, "x", DEFAULT.x), number(props, "y", DEFAULT.y),
                    Math.max(MIN_WIDTH, number(props, "width", DEFAULT.width)),
                    Math.max(MIN_HEIGHT, number(props, "height", DEFAULT.height)),
                    Boolean.parseBoolean(props.getProperty("maximized")), Boolean.parseBoolean(props.getProperty("dark")),
                    Math.min(0.9, Math.max(0.1, number(props, "split", DEFAULT.split))));
        } catch (IOException | IllegalArgumentException e) {
            return DEFAULT;
        }
    }

    /** Writes the state; a failure is reported, not thrown, since losing it must not block closing. */
    public void save(Path file) {
        Properties props = new Properties();
        props.setProperty("x", String.valueOf(x));
        props.setProperty("y", String.valueOf(y));
        props.setProperty("width", String.valueOf(width));
        props.setProperty("height", String.valueOf(height));
        props.setProperty("maximized", String.valueOf(maximized));
        props.setProperty("dark", String.valueOf(dark));
        props.setProperty("split", String.valueOf(split));
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                props.store(out, "Conductor desktop console window");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the window state to " + file, e);
        }
    }

    public WindowState withDark(boolean newDark) {
        return new WindowState(x, y, width, height, maximized, newDark, split);
    }

    private static double number(Properties props, String key, double fallback) {
        String value = props.getProperty(key);
        return value == null ? fallback : Double.parseDouble(value);
    }
}
