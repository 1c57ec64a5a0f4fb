package dev.conductor.agent.podman;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of a Kubernetes YAML to name the pods that {@code podman kube play} would create:
 * each document's top-level {@code metadata.name}. Not a YAML parser; the agent carries none.
 */
public final class KubeYaml {

    private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---.*$");
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^[^\\s#]");
    private static final Pattern NAME = Pattern.compile("^\\s+name:\\s*(.+?)\\s*(#.*)?$");
    private static final Pattern INLINE_NAME = Pattern.compile("^metadata:\\s*\\{.*?\\bname:\\s*([^,}]+)");

    private KubeYaml() {
    }

    /**
     * The pod names a YAML may create: {@code metadata.name} of each document, and that name plus
     * {@code -pod}, which is how Podman names the pod of a {@code kind: Deployment}.
     */
    public static Set<String> podNames(String yaml) {
        Set<String> names = new LinkedHashSet<>();
        for (String document : DOCUMENT_SEPARATOR.split(yaml)) {
            String name = metadataName(document);
            if (!name.isEmpty()) {
                names.add(name);
                names.add(name + "-pod");
            }
        }
        return names;
    }

    private static String metadataName(String document) {
        boolean inMetadata = false;
        int indent = -1; // of metadata's own keys, so that labels.name does not count
        for (String line : document.split("\n")) {
            Matcher inline = INLINE_NAME.matcher(line);
            if (inline.find()) {
                return unquote(inline.group(1));
            }
            if (TOP_LEVEL_KEY.matcher(line).find()) {
                inMetadata = line.startsWith("metadata:");
                indent = -1;
            } else if (inMetadata && !line.isBlank() && !line.strip().startsWith("#")) {
                int lineIndent = line.length() - line.stripLeading().length();
                indent = indent < 0 ? lineIndent : indent;
                Matcher name = NAME.matcher(line);
                if (lineIndent == indent && name.matches()) {
                    return unquote(name.group(1));
                }
            }
        }
        return "";
    }

    private static String unquote(String value) {
        String trimmed = value.strip();
        if (trimmed.length() >= 2 && (trimmed.startsWith("\"") && trimmed.endsWith("\"")
                || trimmed.startsWith("'") && trimmed.endsWith("'"))) {
            return trimmed.substring(1, trimmed.length() - 1);
        }
        return trimmed;
    }
}
