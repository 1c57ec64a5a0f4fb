package dev.conductor.agent.deploy;

/**
 * What started a deploy or rollback and who, recorded with its revision for {@code service.history}.
 *
 * @param kind {@code console}, {@code cli}, {@code watch}, {@code reload}, {@code fleet}, {@code retry},
 *     {@code start}, {@code config} or {@code agent}
 * @param by who, when known (a console sends its user and tool), else empty
 */
public record Trigger(String kind, String by) {

    public static final Trigger AGENT = new Trigger("agent", "");

    public Trigger {
        by = by == null ? "" : by;
    }

    public static Trigger of(String kind) {
        return new Trigger(kind, "");
    }
}
