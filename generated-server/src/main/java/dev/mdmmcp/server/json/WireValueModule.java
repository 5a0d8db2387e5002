package dev.mdmmcp.server.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.mdmmcp.tool.WireValue;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Makes Jackson read and write generated enums by their {@link WireValue#wireValue()}, whether or
 * not the generated enum carries {@code @JsonValue}: the wire value is the one truth.
 */
public final class WireValueModule extends SimpleModule {

    public WireValueModule() {
        super("mdm-mcp-wire-values");
        addSerializer(WireValue.class, new WireValueSerializer());
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                Class<?> raw = type.getRawClass();
                return WireValue.class.isAssignableFrom(raw) ? new WireValueDeserializer(raw) : deserializer;
            }
        });
    }

    private static final class WireValueSerializer extends StdSerializer<WireValue> {
        WireValueSerializer() {
            super(WireValue.class);
        }

        @Override
        public void serialize(WireValue value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.wireValue());
        }
    }

    private static final class WireValueDeserializer extends StdScalarDeserializer<Object> {
        private final Class<?> enumType;

        WireValueDeserializer(Class<?> enumType) {
            super(enumType);
            this.enumType = enumType;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            for (Object constant : enumType.getEnumConstants()) {
                if (((WireValue) constant).wireValue().equals(text)) {
                    return constant;
                }
            }
            String valid = Arrays.stream(enumType.getEnumConstants())
                    .map(constant -> ((WireValue) constant).wireValue())
                    .collect(Collectors.joining(", "));
            return context.handleWeirdStringValue(enumType, text, "not one of: " + valid);
        }
    }
}
