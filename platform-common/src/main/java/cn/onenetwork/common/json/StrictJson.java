package cn.onenetwork.common.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * Types are what they say, for every body and event this service reads: a JSON number is not text ({@code "address":
 * 12345}) nor a date ({@code "plannedOn": 12345} is not day 12345 after 1970), an empty string is not an absent date, enum
 * or number, a fraction is not a whole number, and no text holds a NUL character, which PostgreSQL refuses. Decimal
 * figures sent as strings ({@code "useArea": "18.00"}) stay accepted: clients keep their precision that way.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final String NUL_MESSAGE = "must not contain the NUL character (U+0000)";

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        for (Class<?> temporal : new Class<?>[] {LocalDate.class, LocalDateTime.class, OffsetDateTime.class}) {
            mapper.configOverride(temporal).setFormat(JsonFormat.Value.forLeniency(false));
        }
        mapper.registerModule(new SimpleModule("strict-text").addDeserializer(String.class, new NulFreeText()));
    }

    /** Jackson's own reading of text, refusing U+0000 with the field's path. */
    static final class NulFreeText extends StdScalarDeserializer<String> {

        NulFreeText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\0') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, text, NUL_MESSAGE);
            }
            return text;
        }
    }
}
