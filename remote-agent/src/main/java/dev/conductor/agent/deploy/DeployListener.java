package dev.conductor.agent.deploy;

/** Hears a deploy's steps as they happen: the CLI prints them, the protocol will stream them. */
@FunctionalInterface
public interface DeployListener {

    /** Ignores every step. */
    DeployListener SILENT = (step, detail) -> { };

    /**
     * @param step one of {@code revision}, {@code start}, {@code started}, {@code healthy},
     *     {@code switched}, {@code drain}, {@code old-stopped}, {@code done}, {@code failed}, {@code cleanup}
     * @param detail a human sentence about it
     */
    void step(String step, String detail);
}
