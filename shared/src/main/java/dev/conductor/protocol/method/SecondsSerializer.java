package dev.conductor.protocol.method;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Seconds as the consoles have always sent them: {@code 120}, not {@code 120.0}; {@code 0.5} stays. */
final class SecondsSerializer extends StdSerializer<Double> {

    private static final long serialVersionUID = 1L;

    SecondsSerializer() {
        super(Double.class);
    }

    @Override
    public void serialize(Double seconds, JsonGenerator out, SerializerProvider provider) throws IOException {
        if (seconds == Math.rint(seconds) && Math.abs(seconds) <= Integer.MAX_VALUE) {
            out.writeNumber(seconds.intValue()); // an int, as the consoles' ObjectNodes held it
        } else {
            out.writeNumber(seconds);
        }
    }
}
