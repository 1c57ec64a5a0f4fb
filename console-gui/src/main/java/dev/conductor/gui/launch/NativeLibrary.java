package dev.conductor.gui.launch;

import java.util.List;

/**
 * A shared library that JavaFX's Linux natives link against, and the Debian package that ships it.
 *
 * @param soname the name the dynamic linker looks for, e.g. {@code libgtk-3.so.0}
 * @param debianPackage the Debian 12 package with it, e.g. {@code libgtk-3-0}
 */
public record NativeLibrary(String soname, String debianPackage) {

    /**
     * What the window cannot open without, read from JavaFX 21's {@code libglassgtk3.so} (its NEEDED
     * entries): GTK 3, which pulls in X11, pango and cairo, and libXtst, which GTK's package does not.
     * libGL is not here: without it JavaFX draws in software.
     */
    public static final List<NativeLibrary> REQUIRED = List.of(
            new NativeLibrary("libgtk-3.so.0", "libgtk-3-0"),
            new NativeLibrary("libXtst.so.6", "libxtst6"));
}
