package cn.onenetwork.system.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The events of docs/asyncapi.yaml: each message (its name is the CloudEvents type) with its payload schema, which is
 * a schema of docs/openapi.yaml, the document the code produces. Validates payloads against it.
 */
public final class EventCatalog {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String OPENAPI_PREFIX = "./openapi.yaml#/components/schemas/";

    /** Message name (ce_type) → the topic it is published on and its payload's schema name. */
    public record Event(String topic, String schema) {
    }

    private final Map<String, Event> events = new LinkedHashMap<>();
    private final JsonNode openApi;

    public EventCatalog(Path root) {
        try {
            JsonNode asyncApi = YAML.readTree(root.resolve("docs/asyncapi.yaml").toFile());
            openApi = readYaml(root.resolve("docs/openapi.yaml"));
            Map<String, String> topicOfMessage = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> channels = asyncApi.path("channels").fields(); channels.hasNext();) {
                Map.Entry<String, JsonNode> channel = channels.next();
                channel.getValue().path("messages").fields().forEachRemaining(m -> topicOfMessage.put(
                        m.getValue().path("$ref").asText().replace("#/components/messages/", ""), channel.getValue().path("address").asText()));
            }
            asyncApi.path("components").path("messages").fields().forEachRemaining(m -> {
                String ref = m.getValue().path("payload").path("schema").path("$ref").asText();
                events.put(m.getValue().path("name").asText(),
                        new Event(topicOfMessage.get(m.getKey()), ref.startsWith(OPENAPI_PREFIX) ? ref.substring(OPENAPI_PREFIX.length()) : ref));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Map<String, Event> events() {
        return events;
    }

    public Set<String> topics() {
        return events.values().stream().map(Event::topic).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public boolean hasSchema(String name) {
        return openApi.path("components").path("schemas").has(name);
    }

    /** What is wrong with the payload against its message's schema; empty when it conforms. */
    public List<String> violations(String type, JsonNode payload) {
        Event event = events.get(type);
        if (event == null) {
            return List.of("no message " + type + " in docs/asyncapi.yaml");
        }
        return violations(openApi, YAML.createObjectNode().put("$ref", "#/components/schemas/" + event.schema()), payload);
    }

    /** What is wrong with {@code value} against {@code schema}, a schema object of the OpenAPI document {@code openApi}. */
    static List<String> violations(JsonNode openApi, JsonNode schema, JsonNode value) {
        // The schema document: the schema beside every component it may refer to (#/components/schemas/…).
        ObjectNode document = schema.deepCopy();
        document.set("components", openApi.path("components").deepCopy());
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(document);
        return validator.validate(value).stream().map(Object::toString).toList();
    }

    static JsonNode readYaml(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
