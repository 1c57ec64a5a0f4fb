package dev.conductor.agent.fleet;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.conductor.agent.engine.JsonFiles;
import dev.conductor.agent.error.ErrorKind;
import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * A one-time invite, printed as base64url JSON: the servers to ask, the cluster's CA certificate
 * (to verify them), the bootstrap credential (it may only ask to join), and a one-time secret of
 * which the cluster keeps only the SHA-256, until it is used or expires.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Invite(int version, String cluster, List<String> seeds, String ca, String joinPassword, String secret,
        Instant expires) {

    public Invite {
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
    }

    public String encode() {
        try {
            byte[] json = JsonFiles.MAPPER.copy().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(this);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Invite decode(String text) {
        String shown = text.length() > 12 ? text.substring(0, 12) + "..." : text;
        Invite invite;
        try {
            invite = JsonFiles.MAPPER.readValue(Base64.getUrlDecoder().decode(text.strip()), Invite.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new FleetException(ErrorKind.BAD_REQUEST, "invite '" + shown + "' is not an invite printed by"
                    + " 'conductor-agent cluster invite'");
        }
        if (invite.version() != 1 || invite.seeds().isEmpty() || invite.ca() == null || invite.secret() == null
                || invite.joinPassword() == null || invite.expires() == null) {
            throw new FleetException(ErrorKind.BAD_REQUEST, "invite '" + shown + "' lacks seeds, CA, credential,"
                    + " secret or expiry");
        }
        return invite;
    }

    @Override
    public String toString() {
        return "Invite[" + cluster + " " + seeds + " until " + expires + "]"; // never the secrets
    }
}
