package dev.conductor.agent.function;

import dev.conductor.spec.ServiceFunction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts each script with the JDK, one spawn per request: where there is no Perl for the
 * {@link CgiForkServer}. A function with {@code service_directives} gets a transient scope per
 * request ({@link FunctionScope}).
 */
final class JdkCgiStarter implements CgiProcess.Starter {

    private final ServiceFunction function;
    private final Path directory;
    private final FunctionLog log;

    JdkCgiStarter(ServiceFunction function, Path directory, FunctionLog log) {
        this.function = function;
        this.directory = directory;
        this.log = log;
    }

    @Override
    public CgiProcess start(Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(FunctionScope.command(function)).directory(directory.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        builder.redirectErrorStream(function.stderrAsStdout());
        Process process = builder.start();
        if (!function.stderrAsStdout()) {
            CgiRunner.copyLines(process.getErrorStream(), log);
        }
        return new CgiProcess() {
            @Override
            public OutputStream stdin() {
                return process.getOutputStream();
            }

            @Override
            public InputStream stdout() {
                return process.getInputStream();
            }

            @Override
            public void kill() {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }

            // through its handle: Process.destroy would close the stderr pipe with lines still in it
            @Override
            public void end() {
                process.toHandle().destroyForcibly();
            }
        };
    }

    @Override
    public void close() {
        // nothing runs between requests
    }
}
