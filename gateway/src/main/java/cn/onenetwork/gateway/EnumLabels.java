package cn.onenetwork.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api/v1/labels}: the Chinese and English label of every enum value of the API, read from the services'
 * documents the gateway publishes (their {@code x-enum-descriptions}), so that a client shows 办公室 for {@code OFFICE}
 * without a translation table of its own. Public: labels are no one's data.
 */
@Singleton
public class EnumLabels {

    static final List<String> DOCUMENTS = List.of("META-INF/openapi-property/openapi.json", "META-INF/openapi-allocation/openapi.json",
            "META-INF/openapi-maintenance/openapi.json", "META-INF/openapi-supervision/openapi.json");

    @Inject
    ObjectMapper json;

    private byte[] answer;

    void register(@Observes Router router) {
        answer = labels();
        router.get("/api/v1/labels").order(-10).handler(rc -> {
            // Exactly this path, as sent: any other spelling (an encoded dot-segment) is the proxy's to refuse.
            if (!"/api/v1/labels".equals(rc.request().path())) {
                rc.next();
                return;
            }
            rc.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json").putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=3600")
                    .end(io.vertx.core.buffer.Buffer.buffer(answer));
        });
    }

    private byte[] labels() {
        Map<String, Map<String, Map<String, String>>> labels = new TreeMap<>();
        for (String document : DOCUMENTS) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(document)) {
                if (in == null) {
                    continue;
                }
                for (Iterator<Map.Entry<String, JsonNode>> schemas = json.readTree(in).path("components").path("schemas").fields(); schemas.hasNext();) {
                    Map.Entry<String, JsonNode> schema = schemas.next();
                    JsonNode values = schema.getValue().path("enum");
                    JsonNode chinese = schema.getValue().path("x-enum-descriptions");
                    JsonNode english = schema.getValue().path("x-enum-descriptions-en");
                    for (int i = 0; i < values.size() && i < chinese.size(); i++) {
                        labels.computeIfAbsent(schema.getKey(), k -> new TreeMap<>())
                                .put(values.get(i).asText(), Map.of("zh-CN", chinese.get(i).asText(), "en", english.path(i).asText()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + document, e);
            }
        }
        try {
            return json.writeValueAsBytes(Map.of("enums", labels));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
