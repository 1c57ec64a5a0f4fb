package dev.conductor.agent.policy;

import dev.conductor.agent.error.ConductorException;
import dev.conductor.agent.error.ErrorKind;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.EllipticCurve;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of public key that verify JWS signatures: RSA, the three NIST curves of JWA, and Ed25519. */
public enum KeyFamily {
    RSA("RSA", null),
    P256("EC P-256", "secp256r1"),
    P384("EC P-384", "secp384r1"),
    P521("EC P-521", "secp521r1"),
    ED25519("Ed25519", null);

    // RFC 7518 section 3.3: RSA keys of 2048 bits or more MUST be used
    private static final int MIN_RSA_BITS = 2048;
    private final String label;
    private final ECParameterSpec curve;

    KeyFamily(String label, String curveName) {
        this.label = label;
        this.curve = curveName == null ? null : namedCurve(curveName);
    }

    /** The family's name for messages, such as {@code EC P-256}. */
    public String label() {
        return label;
    }

    /**
     * The family of a key, which must be fit for verifying: an RSA key of at least 2048 bits, a point on
     * P-256, P-384 or P-521, or an Ed25519 key.
     *
     * @throws ConductorException (BAD_REQUEST) for any other key
     */
    public static KeyFamily of(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return checkedRsa(rsa);
        }
        if (key instanceof ECPublicKey ec) {
            return checkedEc(ec);
        }
        if (key instanceof EdECPublicKey ed && "Ed25519".equalsIgnoreCase(ed.getParams().getName())) {
            return ED25519;
        }
        throw JwtKeys.bad("unsupported " + Names.shown(key.getAlgorithm())
                + " key; expected RSA, EC P-256, P-384, P-521 or Ed25519");
    }

    /** The family of a JWK {@code crv} of an EC key: {@code P-256}, {@code P-384} or {@code P-521}. */
    static Optional<KeyFamily> ofCurve(String crv) {
        return Arrays.stream(values()).filter(f -> f.curve != null && f.label.equals("EC " + crv)).findFirst();
    }

    ECParameterSpec curve() {
        return curve;
    }

    /** The length of an EC coordinate in bytes, which is also the length of R and of S in a JWS signature. */
    int coordinateSize() {
        return (curve.getCurve().getField().getFieldSize() + 7) / 8;
    }

    int signatureLength(PublicKey key) {
        return switch (this) {
            case RSA -> (((RSAPublicKey) key).getModulus().bitLength() + 7) / 8;
            case ED25519 -> 64;
            default -> 2 * coordinateSize();
        };
    }

    private static KeyFamily checkedRsa(RSAPublicKey rsa) {
        int bits = rsa.getModulus().bitLength();
        if (bits < MIN_RSA_BITS) {
            throw JwtKeys.bad("RSA key of " + bits + " bits is too small; at least " + MIN_RSA_BITS + " needed");
        }
        // an exponent of 1 would let anyone forge signatures
        BigInteger exponent = rsa.getPublicExponent();
        if (exponent.compareTo(BigInteger.valueOf(3)) < 0 || !exponent.testBit(0)) {
            throw JwtKeys.bad("RSA public exponent is invalid");
        }
        return RSA;
    }

    private static KeyFamily checkedEc(ECPublicKey ec) {
        KeyFamily family = Arrays.stream(values()).filter(f -> f.curve != null && sameCurve(f.curve, ec.getParams()))
                .findFirst().orElseThrow(() -> JwtKeys.bad("unsupported EC curve; expected P-256, P-384 or P-521"));
        // the key factories take any point, and a point off the curve is no key of that curve
        if (!onCurve(ec.getW(), family.curve)) {
            throw JwtKeys.bad("EC point is not on curve " + family.label.substring(3));
        }
        return family;
    }

    private static boolean sameCurve(ECParameterSpec a, ECParameterSpec b) {
        return a.getCurve().equals(b.getCurve()) && a.getGenerator().equals(b.getGenerator())
                && a.getOrder().equals(b.getOrder()) && a.getCofactor() == b.getCofactor();
    }

    private static boolean onCurve(ECPoint point, ECParameterSpec spec) {
        if (point.equals(ECPoint.POINT_INFINITY)) {
            return false;
        }
        EllipticCurve curve = spec.getCurve();
        BigInteger p = ((ECFieldFp) curve.getField()).getP();
        BigInteger x = point.getAffineX();
        BigInteger y = point.getAffineY();
        if (x.signum() < 0 || y.signum() < 0 || x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger right = x.pow(3).add(curve.getA().multiply(x)).add(curve.getB()).mod(p);
        return y.multiply(y).mod(p).equals(right);
    }

    private static ECParameterSpec namedCurve(String name) {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec(name));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new ConductorException(ErrorKind.FAILED, "this JDK lacks the EC curve " + name, e);
        }
    }
}
