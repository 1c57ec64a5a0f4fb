package dev.conductor.agent.policy;

/** Why a token is refused; thrown within verification and never out of it. */
final class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    // no stack trace: refusals are the hostile input's normal outcome and must stay cheap
    Refusal(String reason) {
        super(reason, null, false, false);
    }

    static Refusal malformed(String what) {
        return new Refusal("malformed token: " + what);
    }
}
