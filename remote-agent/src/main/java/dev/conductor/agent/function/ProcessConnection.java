package dev.conductor.agent.function;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;

/**
 * One connection to an http-stdio function's process, with the streams it keeps across requests
 * (a buffered reader must stay with its connection, or it loses what it read ahead).
 *
 * @see ProcessPool
 */
final class ProcessConnection {

    private final SocketChannel channel;
    private final String unit;
    private final InputStream in;
    private final OutputStream out;
    private volatile long lastUsed = System.nanoTime();
    private int served;

    /** {@code unit} is the process's own systemd unit, or null for a {@code parallel} daemon's connection. */
    ProcessConnection(SocketChannel channel, String unit) {
        this.channel = channel;
        this.unit = unit;
        this.in = new BufferedInputStream(Channels.newInputStream(channel), 16 * 1024);
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 16 * 1024);
    }

    InputStream in() {
        return in;
    }

    OutputStream out() {
        return out;
    }

    String unit() {
        return unit;
    }

    int served() {
        return served;
    }

    void served(int count) {
        served = count;
    }

    long lastUsed() {
        return lastUsed;
    }

    void touch() {
        lastUsed = System.nanoTime();
    }

    void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closed already
        }
    }
}
