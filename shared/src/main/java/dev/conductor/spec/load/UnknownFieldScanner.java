package dev.conductor.spec.load;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Finds fields that no record of the model declares, by walking the parsed tree beside the
 * record types. A separate pass because Jackson buffers unknown fields of creator-built
 * records, so a problem handler cannot tell where they were.
 */
final class UnknownFieldScanner {

    private final DeserializationConfig config;
    private final Map<Class<?>, Map<String, JavaType>> knownFields = new ConcurrentHashMap<>();

    UnknownFieldScanner(DeserializationConfig config) {
        this.config = config;
    }

    /** @return pointers of the unknown fields, in document order */
    List<String> scan(JsonNode tree, JavaType type) {
        List<String> found = new ArrayList<>();
        scan(tree, type, JsonPointer.empty(), found);
        return found;
    }

    private void scan(JsonNode node, JavaType type, JsonPointer at, List<String> found) {
        if (type.isMapLikeType()) {
            node.fields().forEachRemaining(field ->
                    scan(field.getValue(), type.getContentType(), at.appendProperty(field.getKey()), found));
        } else if (type.isCollectionLikeType() && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                scan(node.get(i), type.getContentType(), at.appendIndex(i), found);
            }
        } else if (type.isCollectionLikeType()) {
            scan(node, type.getContentType(), at, found);
        } else if (type.isRecordType() && node.isObject()) {
            scanRecord(node, type, at, found);
        }
    }

    private void scanRecord(JsonNode node, JavaType type, JsonPointer at, List<String> found) {
        Map<String, JavaType> known = knownFields.computeIfAbsent(type.getRawClass(), raw -> fields(type));
        node.fields().forEachRemaining(field -> {
            JsonPointer fieldPointer = at.appendProperty(field.getKey());
            JavaType fieldType = known.get(field.getKey());
            if (fieldType == null) {
                found.add(fieldPointer.toString());
            } else {
                scan(field.getValue(), fieldType, fieldPointer, found);
            }
        });
    }

    private Map<String, JavaType> fields(JavaType type) {
        return config.introspect(type).findProperties().stream()
                .collect(Collectors.toMap(BeanPropertyDefinition::getName, BeanPropertyDefinition::getPrimaryType,
                        (first, second) -> first));
    }
}
