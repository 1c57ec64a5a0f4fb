package dev.conductor.spec.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code config}: an object whose values become environment variables. Strings stay,
 * numbers keep their literal text ({@code 1.50} stays {@code "1.50"}), booleans become
 * {@code "true"}/{@code "false"}, null is kept as a removal marker; arrays and objects are
 * rejected at their pointer.
 */
final class ConfigDeserializer extends StdDeserializer<Map<String, String>> {

    private static final long serialVersionUID = 1L;

    ConfigDeserializer() {
        super(Map.class);
    }

    @Override
    public Map<String, String> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.isExpectedStartObjectToken()) {
            throw MismatchedInputException.from(parser, Map.class,
                    "config must be an object, found " + JsonErrorTranslator.describe(parser));
        }
        Map<String, String> config = new LinkedHashMap<>();
        for (String key = parser.nextFieldName(); key != null; key = parser.nextFieldName()) {
            config.put(key, value(parser, key));
        }
        return config;
    }

    private static String value(JsonParser parser, String key) throws IOException {
        JsonToken token = parser.nextToken();
        return switch (token) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getText();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> null;
            default -> throw rejected(parser, key);
        };
    }

    private static JsonMappingException rejected(JsonParser parser, String key) {
        MismatchedInputException error = MismatchedInputException.from(parser, Map.class,
                "config value must be a string, number, boolean or null, found " + JsonErrorTranslator.describe(parser));
        error.prependPath(Map.class, key);
        return error;
    }

    @Override
    public Map<String, String> getNullValue(DeserializationContext context) {
        return null;
    }
}
