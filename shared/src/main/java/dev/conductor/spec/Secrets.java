package dev.conductor.spec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which config values are secrets, so that listings, tables and logs never show them. A key is
 * secret when its name contains PASSWORD, PASSWD, SECRET, TOKEN, CREDENTIAL, PRIVATE or ends
 * in KEY (API_KEY, ACCESS_KEY), in any case.
 */
public final class Secrets {

    /** What a secret value is shown as. */
    public static final String MASK = "********";

    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL|PRIVATE).*|.*KEY");

    private Secrets() {}

    public static boolean isSecret(String key) {
        return SECRET_KEY.matcher(key).matches();
    }

    /** The value as it may be shown: masked when the key names a secret. */
    public static String shown(String key, String value) {
        return value != null && isSecret(key) ? MASK : value;
    }

    /** A copy of {@code config} with secret values masked, in the same order. */
    public static Map<String, String> masked(Map<String, String> config) {
        Map<String, String> shown = new LinkedHashMap<>();
        config.forEach((key, value) -> shown.put(key, shown(key, value)));
        return shown;
    }
}
