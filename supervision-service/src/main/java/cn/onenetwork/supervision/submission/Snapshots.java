package cn.onenetwork.supervision.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical form a submitted report is frozen in: JSON with its properties and map keys sorted, no whitespace, dates
 * as ISO text and decimals as written; its SHA-256 over the UTF-8 bytes lets anyone verify it later.
 */
public final class Snapshots {

    static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // Trees (the difference) keep 18.00 as written, not 18.
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .findAndAddModules()
            .build();

    private Snapshots() {
    }

    public static String canonical(Object value) {
        try {
            return CANONICAL.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report that cannot be written as JSON", e);
        }
    }

    public static <T> T read(String snapshot, Class<T> type) {
        try {
            return CANONICAL.readValue(snapshot, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored snapshot that is not the report it was", e);
        }
    }

    public static String sha256(String snapshot) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(snapshot.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
