package dev.conductor.agent.serve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.conductor.protocol.Cancel;
import dev.conductor.protocol.ErrorCode;
import dev.conductor.protocol.ErrorReply;
import dev.conductor.protocol.Hello;
import dev.conductor.protocol.Message;
import dev.conductor.protocol.MessageCodec;
import dev.conductor.protocol.ProtocolException;
import dev.conductor.protocol.Request;
import dev.conductor.protocol.Response;
import dev.conductor.protocol.Unknown;
import dev.conductor.protocol.method.ParamsReader;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Turns incoming lines into calls. Each request runs on its own thread, so that a deploy of
 * minutes never holds up a listing; cancels go to the running call of that id.
 */
final class Dispatcher {

    /** Calls one session may have running; a console has a handful, streams included. */
    static final int MAX_CALLS = 64;

    private final Methods methods;
    private final MessageWriter out;
    private final Map<String, Call> running = new ConcurrentHashMap<>();
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "serve-call-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    Dispatcher(Methods methods, MessageWriter out) {
        this.methods = methods;
        this.out = out;
    }

    /** Answers a line longer than a message may be, which was not read. */
    void refuseLong(long length) {
        out.write(ErrorReply.of(null, ErrorCode.BAD_REQUEST, "a message of " + length + " bytes is longer than the "
                + LineReader.MAX_BYTES + " a message may be; it was ignored", Map.of()));
    }

    /**
     * Handles one line; a line that is no message gets a {@code bad_request} without an id. A bug
     * in handling one message costs that message an error, never the session.
     */
    void accept(String line) {
        try {
            handle(line);
        } catch (RuntimeException e) {
            e.printStackTrace();
            out.write(ErrorReply.of(null, ErrorCode.FAILED, "the agent could not handle a message: " + e, Map.of()));
        }
    }

    private void handle(String line) {
        if (line.isBlank()) {
            return;
        }
        Message message;
        try {
            message = MessageCodec.read(line);
        } catch (ProtocolException e) {
            out.write(ErrorReply.of(null, e.code(), e.getMessage(), e.details()));
            return;
        }
        if (message instanceof Request request) {
            start(request);
        } else if (message instanceof Cancel cancel) {
            Call call = cancel.id() == null ? null : running.get(cancel.id());
            if (call != null) {
                call.cancel();
            }
        } else if (message instanceof Hello hello) {
            System.err.println("serve: console " + hello.consoleVersion() + " speaks protocol " + hello.protocol());
        } else if (!(message instanceof Unknown)) {
            out.write(ErrorReply.of(null, ErrorCode.BAD_REQUEST, "a console sends requests, cancels and its hello,"
                    + " not " + message.getClass().getSimpleName().toLowerCase(Locale.ROOT) + " messages", Map.of()));
        }
    }

    /** Cancels every call, then waits a little for their threads to end. */
    void shutdown(long graceMillis) throws InterruptedException {
        running.values().forEach(Call::cancel);
        pool.shutdown();
        if (!pool.awaitTermination(graceMillis, TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
        }
    }

    private void start(Request request) {
        if (request.id() == null || request.id().isEmpty()) {
            out.write(ErrorReply.of(null, ErrorCode.BAD_REQUEST, "a request needs an \"id\"", Map.of()));
            return;
        }
        Method method = methods.get(request.method()).orElse(null);
        if (method == null) {
            out.write(ErrorReply.of(request.id(), ErrorCode.UNKNOWN_METHOD, "unknown method "
                    + ParamsReader.quote(request.method()) + "; this agent knows " + methods.names(), Map.of()));
            return;
        }
        if (running.size() >= MAX_CALLS) {
            out.write(ErrorReply.of(request.id(), ErrorCode.FAILED, "this session already runs " + MAX_CALLS
                    + " requests; send more once some have answered", Map.of()));
            return;
        }
        Call call = new Call(request, out);
        if (running.putIfAbsent(request.id(), call) != null) {
            out.write(ErrorReply.of(request.id(), ErrorCode.BAD_REQUEST, "request id "
                    + ParamsReader.quote(request.id()) + " is still in use by a running request", Map.of()));
            return;
        }
        pool.execute(() -> run(call, method));
    }

    private void run(Call call, Method method) {
        Message reply;
        try {
            JsonNode result = MessageCodec.MAPPER.valueToTree(method.call(call));
            reply = call.cancelled() ? ErrorMapping.cancelled(call.id()) : new Response(call.id(), result);
        } catch (Exception | Error e) {
            reply = call.cancelled() ? ErrorMapping.cancelled(call.id()) : ErrorMapping.reply(call.id(), e);
        }
        running.remove(call.id());
        call.finish();
        out.write(reply);
    }
}
