package dev.conductor.console.bootstrap;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds small runnable jars at test time, to stand in for the agent jar. */
final class TestJars {

    private TestJars() {
    }

    /** A jar whose {@code Main} has {@code body} as its main method's body (args in {@code args}). */
    static Path withMain(Path dir, String body) {
        try {
            Path source = Files.createDirectories(dir.resolve("src")).resolve("Main.java");
            Files.writeString(source, "public class Main { public static void main(String[] args) throws Exception {"
                    + body + "} }");
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            Path classes = Files.createDirectories(dir.resolve("classes"));
            int status = javac.run(null, null, null, "--release", "17", "-d", classes.toString(), source.toString());
            if (status != 0) {
                throw new IllegalStateException("javac failed on " + source);
            }
            return jar(dir.resolve("conductor-agent.jar"), classes.resolve("Main.class"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path jar(Path jar, Path mainClass) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Main");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("Main.class"));
            out.write(Files.readAllBytes(mainClass));
            out.closeEntry();
            // incompressible padding, so that the upload takes several chunks
            byte[] padding = new byte[200_000];
            new Random(1).nextBytes(padding);
            out.putNextEntry(new JarEntry("padding.bin"));
            out.write(padding);
            out.closeEntry();
        }
        return jar;
    }
}
