package dev.conductor.agent.function;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/** An answer instead of the program: a refused request (4xx), saturation (503) or a format not served (501). */
final class Refusal {

    private Refusal() {}

    // What the client sent and nobody read would make the close a reset, and a client still
    // writing its request would see a broken pipe instead of the answer: the request is read
    // first (briefly, without blocking), then the answer goes out and the connection closes.
    static void send(SocketChannel connection, int status, String reason, String headers) {
        try (connection) {
            connection.configureBlocking(false);
            drain(connection, Duration.ofMillis(200));
            ByteBuffer answer = ByteBuffer.wrap(FunctionHttp.answer(status, reason, headers));
            long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (answer.hasRemaining() && System.nanoTime() < deadline) {
                if (connection.write(answer) == 0) {
                    Thread.sleep(1);
                }
            }
            connection.shutdownOutput();
            drain(connection, Duration.ofMillis(50));
        } catch (IOException gone) {
            // nobody is left to tell
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads and drops what arrives for up to {@code wait}, or until the client stops sending. */
    private static void drain(SocketChannel connection, Duration wait) throws IOException, InterruptedException {
        ByteBuffer unread = ByteBuffer.allocate(64 * 1024);
        long deadline = System.nanoTime() + wait.toNanos();
        boolean seen = false;
        while (System.nanoTime() < deadline) {
            int read = connection.read(unread);
            unread.clear();
            if (read < 0 || read == 0 && seen) {
                return;
            }
            seen |= read > 0;
            if (read == 0) {
                Thread.sleep(2);
            }
        }
    }

}
