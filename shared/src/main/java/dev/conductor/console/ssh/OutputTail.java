package dev.conductor.console.ssh;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Keeps the last bytes written to it: a remote command's stderr, for error messages. */
final class OutputTail extends OutputStream {

    private final byte[] ring;
    private long written;

    OutputTail(int capacity) {
        this.ring = new byte[capacity];
    }

    @Override
    public synchronized void write(int b) {
        ring[(int) (written++ % ring.length)] = (byte) b;
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        for (int i = 0; i < length; i++) {
            write(bytes[offset + i]);
        }
    }

    /** The kept bytes as UTF-8, oldest first; a cut first character reads as U+FFFD. */
    synchronized String text() {
        int size = (int) Math.min(written, ring.length);
        int start = (int) ((written - size) % ring.length);
        byte[] ordered = new byte[size];
        for (int i = 0; i < size; i++) {
            ordered[i] = ring[(start + i) % ring.length];
        }
        return new String(ordered, StandardCharsets.UTF_8);
    }
}
