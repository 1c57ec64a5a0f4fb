package dev.conductor.agent.deploy;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a service's deploy stands, after condo's states. */
public enum DeployState {
    /** Nothing deployed. */
    INIT("Init"),
    /** The first deployment is starting; nothing serves yet. */
    WAIT("Wait"),
    /** The current deployment serves. */
    STABLE("Stable"),
    /** A next deployment is starting while the current one serves. */
    WAIT_NEXT("WaitNext"),
    /** The first deployment failed; nothing serves. */
    TRY_AGAIN("TryAgain"),
    /** A next deployment failed; the current one still serves. */
    TRY_AGAIN_NEXT("TryAgainNext");

    private final String label;

    DeployState(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** True while a deploy is in flight. */
    public boolean deploying() {
        return this == WAIT || this == WAIT_NEXT;
    }
}
