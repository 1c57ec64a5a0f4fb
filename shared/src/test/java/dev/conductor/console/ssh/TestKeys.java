package dev.conductor.console.ssh;

import java.security.PublicKey;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/** Public keys made with ssh-keygen, with the fingerprints {@code ssh-keygen -l} printed for them. */
final class TestKeys {

    static final String ED25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGROYD6jyycrejJ+5ZBx+UTRsYdkjW1bf4mlkV9kXWl8";
    static final String ED25519_FINGERPRINT = "SHA256:RHmRLkj9d5133CU3KRV89l6d687DCSYM0PINm78F54g";
    static final String ECDSA = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBJNQ54QRll3lbv"
            + "aspMJU7QoYei+R+owGA3n6pxLmzVaHezu+eCdVcFxpye9AQRai08MsFQzPmBKkGVbiZ8EQ6tc=";
    static final String ECDSA_FINGERPRINT = "SHA256:n2VSvmg57mM/99I3YIT02ulhcs8ev7H2N93A2enF2Qw";
    static final String RSA = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC67GhXwtIk/NLdEdFNJC30pdG05QxGDSekEVU7MSnL6/q2N6"
            + "6/uEX/cF4FM/3qzUH2cJ0RCrKMCXRjft3vTqijigUAQlmnIb6BnBSuw/ZdLX7p3vWTe7CttozqAhjWMmXbx/nByQMOFBYkx1dWLNXVl/nHa3"
            + "8Z8RvDtlwn8NTEQvpjgKHHDhbUN7hP3j1RwpeTdynG9zJjF06yzhq/XoDosvclMOap66IwOfLzzxpk4D18gDFuE5tQtPA0jAcOHYctGmIPW1"
            + "CDIFOuAqoiYmQudN2in1W77mhw4RUprFKIYsB19UeBWYntRp1qbjFqKsVLkwDCXUzDrQ2iL8ZgiQPl";
    static final String RSA_FINGERPRINT = "SHA256:amv5RtqBE/rziSJzUaypuT5L4ib7eqrr8JQ8onXUYAI";

    /** {@code ssh-keygen -H} of "web1.example.org ED25519" and "[web1.example.org]:2222 ECDSA". */
    static final String HASHED_WEB1 = "|1|Fb0P2pvHzdT3Pev0Kn9JxDXyIsg=|zVX7RGib2RzqfKyG3b0a3HJ6ZDo= " + ED25519;
    static final String HASHED_WEB1_2222 = "|1|nqFzcI6h7xfJIivG4Ay1/2O/V+g=|rgK5g3W3L2V49jcWNChKKi6p02E= " + ECDSA;

    private TestKeys() {
    }

    static PublicKey key(String line) {
        try {
            return AuthorizedKeyEntry.parseAuthorizedKeyEntry(line).resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
        } catch (Exception e) {
            throw new IllegalArgumentException("bad test key " + line, e);
        }
    }
}
