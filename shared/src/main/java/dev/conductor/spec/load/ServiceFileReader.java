package dev.conductor.spec.load;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Parses one service file, without following {@code inherit}. Accepts {@code //} and
 * {@code /* *}{@code /} comments and trailing commas; rejects duplicate fields and type
 * coercions such as {@code "true"} for a boolean; reports unknown fields as warnings.
 */
final class ServiceFileReader {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // "replicas": 1.5 is a mistake to report, not a 1 to run
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            // UnknownFieldScanner reports unknown fields with their pointers.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** The largest service file read. */
    static final int MAX_BYTES = 1024 * 1024;
    private static final JavaType TYPE = MAPPER.constructType(ServiceFile.class);
    private static final ObjectReader READER = MAPPER.readerFor(TYPE);
    private static final UnknownFieldScanner SCANNER = new UnknownFieldScanner(MAPPER.getDeserializationConfig());

    ServiceFile read(Path file, List<LoadWarning> warnings) {
        byte[] content = readBytes(file);
        ServiceFile parsed = parse(file, content);
        unknownFields(content).forEach(pointer -> warnings.add(new LoadWarning(file, pointer,
                "unknown field \"" + JsonPointer.compile(pointer).last().getMatchingProperty() + "\" ignored")));
        return parsed;
    }

    private static ServiceFile parse(Path file, byte[] content) {
        try {
            ServiceFile parsed = READER.readValue(content);
            if (parsed == null) {
                throw new ServiceFileException(file, "", "expected an object, found null");
            }
            return parsed;
        } catch (JsonProcessingException e) {
            throw JsonErrorTranslator.translate(file, e);
        } catch (IOException e) {
            throw new ServiceFileException(file, "", "cannot read: " + e.getMessage(), e);
        }
    }

    // Runs after parse() succeeded, so the content is known to be well-formed.
    private static List<String> unknownFields(byte[] content) {
        try {
            return SCANNER.scan(READER.readTree(content), TYPE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // A service file is a page of JSON; reading a huge one (a sparse file, /dev/zero) whole would
    // take the heap of the agent, and with it every other service's listing.
    private static byte[] readBytes(Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new ServiceFileException(file, "", "not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new ServiceFileException(file, "", "file is larger than " + MAX_BYTES / 1024
                        + " KiB, the most a service file may be");
            }
            return content;
        } catch (NoSuchFileException e) {
            throw new ServiceFileException(file, "", "file not found", e);
        } catch (IOException e) {
            throw new ServiceFileException(file, "", "cannot read: " + e, e);
        }
    }
}
