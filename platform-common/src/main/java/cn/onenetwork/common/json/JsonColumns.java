package cn.onenetwork.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** JSON text columns (staff lines, rooms, reasons, findings): written and read back with the API's mapper. */
@ApplicationScoped
public class JsonColumns {

    @Inject
    ObjectMapper json;

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serialisable as a JSON column: " + value.getClass().getName(), e);
        }
    }

    public <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored JSON column cannot be read back", e);
        }
    }
}
