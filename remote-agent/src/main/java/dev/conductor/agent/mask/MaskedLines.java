package dev.conductor.agent.mask;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * An output stream that masks secret values line by line: the agent's standard error is its
 * journal, so each line is masked whole before it is written, and a secret split across two
 * writes is still found. A line longer than the buffer goes out as it is, masked in pieces.
 */
public final class MaskedLines extends OutputStream {

    private static final int MAX_LINE = 64 * 1024;

    private final OutputStream out;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    public MaskedLines(OutputStream out) {
        this.out = out;
    }

    /**
     * A print stream over {@code out} that masks each line. Each line goes out when it ends; it
     * is not auto-flushing, because PrintStream would then flush half lines after every print.
     */
    public static PrintStream printStream(OutputStream out) {
        return new PrintStream(new MaskedLines(out), false, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n' || line.size() >= MAX_LINE) {
            emit();
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        emit();
        out.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        emit();
        out.close();
    }

    private void emit() throws IOException {
        if (line.size() > 0) {
            out.write(SecretMask.apply(line.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            line.reset();
            out.flush();
        }
    }
}
