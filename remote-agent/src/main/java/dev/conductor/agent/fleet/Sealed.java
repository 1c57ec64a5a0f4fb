package dev.conductor.agent.fleet;

import dev.conductor.agent.error.ErrorKind;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM under a key derived from an invite's one-time secret: the join reply carries the
 * agents' password, and any holder of the bootstrap credential could read other joiners' inboxes,
 * so only the holder of that invite can open it.
 */
final class Sealed {

    private static final int IV = 12;
    private static final int TAG_BITS = 128;

    private Sealed() {}

    static byte[] seal(String secret, byte[] plain) {
        byte[] iv = Secrets.randomBytes(IV);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, secret, iv);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    static byte[] open(String secret, byte[] sealed) {
        try {
            return cipher(Cipher.DECRYPT_MODE, secret, Arrays.copyOf(sealed, IV))
                    .doFinal(sealed, IV, sealed.length - IV);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new FleetException(ErrorKind.FAILED, "the join reply cannot be opened with this invite's secret");
        }
    }

    private static Cipher cipher(int mode, String secret, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(Secrets.sha256("conductor-join-v1:" + secret), "AES"),
                new GCMParameterSpec(TAG_BITS, iv));
        return cipher;
    }
}
