package dev.conductor.gui.shots;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Writes a window's scene as a PNG, without javafx-swing: the pixels are copied one by one. */
final class Snapshots {

    private Snapshots() {
    }

    static void write(FxRobot robot, Path file) {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        Window window = robot.listTargetWindows().get(0);
        robot.interact(() -> shot.set(window.getScene().snapshot(null)));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(image(shot.get()), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static BufferedImage image(WritableImage shot) {
        int width = (int) shot.getWidth();
        int height = (int) shot.getHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = shot.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return image;
    }
}
