package dev.conductor.spec.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns Jackson's errors into {@link ServiceFileException}s with a location and a reason
 * written for people who edit service files rather than for Java programmers.
 */
final class JsonErrorTranslator {

    private static final Pattern UNEXPECTED_CHAR = Pattern.compile(
            "Unexpected character \\('(.+?)' \\(code \\d+\\)\\): (.*)", Pattern.DOTALL);

    private JsonErrorTranslator() {
    }

    static ServiceFileException translate(Path file, JsonProcessingException error) {
        if (error.getOriginalMessage().startsWith("Trailing token")) {
            return new ServiceFileException(file, lineColumn(error.getLocation()),
                    "unexpected content after the end of the object", error);
        }
        if (error instanceof JsonMappingException mapping && !(error instanceof StreamReadException)) {
            return new ServiceFileException(file, pointer(mapping), mappingReason(mapping), error);
        }
        return new ServiceFileException(file, lineColumn(error.getLocation()), syntaxReason(error), error);
    }

    /** Describes the parser's current token, e.g. {@code an array} or {@code string "x"}. */
    static String describe(JsonParser parser) {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "end of file";
        }
        try {
            return switch (token) {
                case START_ARRAY -> "an array";
                case START_OBJECT -> "an object";
                case VALUE_STRING -> "string \"" + parser.getText() + "\"";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number " + parser.getText();
                case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> parser.getText();
                default -> "'" + parser.getText() + "'";
            };
        } catch (IOException e) {
            return token.toString();
        }
    }

    private static String pointer(JsonMappingException error) {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonMappingException.Reference reference : error.getPath()) {
            pointer = reference.getFieldName() != null
                    ? pointer.appendProperty(reference.getFieldName())
                    : pointer.appendIndex(reference.getIndex());
        }
        return pointer.toString();
    }

    private static String mappingReason(JsonMappingException error) {
        String message = error.getOriginalMessage();
        if (error instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "unknown value \"" + format.getValue() + "\", expected one of: "
                    + enumValues(format.getTargetType());
        }
        if (message.startsWith("No content to map")) {
            return "file is empty";
        }
        if (error instanceof MismatchedInputException mismatch && message.startsWith("Cannot ")
                && mismatch.getTargetType() != null && mismatch.getProcessor() instanceof JsonParser parser) {
            return "expected " + describe(mismatch.getTargetType()) + ", found " + describe(parser);
        }
        return message;
    }

    private static String syntaxReason(JsonProcessingException error) {
        String message = error.getOriginalMessage();
        Matcher unexpected = UNEXPECTED_CHAR.matcher(message);
        if (unexpected.matches()) {
            return SyntaxMessages.expected(unexpected.group(2)) + ", found '" + unexpected.group(1) + "'";
        }
        return SyntaxMessages.rewrite(message);
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of: " + enumValues(type);
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        return Number.class.isAssignableFrom(type) ? "a number" : "an object";
    }

    private static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String lineColumn(JsonLocation location) {
        return location == null ? "" : location.getLineNr() + ":" + location.getColumnNr();
    }
}
