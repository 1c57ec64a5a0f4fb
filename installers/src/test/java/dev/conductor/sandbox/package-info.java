/**
 * Sandbox hosts for integration tests: real systemd, Podman, Caddy and sshd in Linux
 * namespaces on this machine, booted by {@code installers/sandbox/sandbox-host}.
 *
 * <p>Annotate a test class with {@link dev.conductor.sandbox.SandboxTest}; the
 * {@link dev.conductor.sandbox.SandboxHostExtension} boots one host per class and injects
 * it as a {@link dev.conductor.sandbox.SandboxHost} parameter or field. Commands return
 * {@link dev.conductor.sandbox.ExecResult} values; readiness waits are
 * {@link dev.conductor.sandbox.HttpWait} objects with honest timeouts. Failures are
 * {@link dev.conductor.sandbox.SandboxException}s that quote the command or the target.
 *
 * <p>These classes live in {@code src/test} and are published in the installers test-jar,
 * so that every module's integration tests can use them.
 */
package dev.conductor.sandbox;
