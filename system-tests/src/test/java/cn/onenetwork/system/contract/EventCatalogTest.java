package cn.onenetwork.system.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/asyncapi.yaml describes every event the code publishes, no other, each with a payload schema the code produces. */
class EventCatalogTest {

    private static final Path ROOT = Path.of(System.getProperty("onenetwork.root", "..")).toAbsolutePath().normalize();
    private static final Pattern EVENT_TYPE = Pattern.compile("\"(cn\\.onenetwork\\.[a-z-]+(?:\\.[a-z-]+)*\\.v\\d+)\"");

    @Test
    void everyPublishedEventTypeIsDocumentedAndNothingElse() throws IOException {
        Set<String> published = new TreeSet<>();
        for (String service : List.of("property-service", "allocation-service", "maintenance-service", "supervision-service")) {
            Path sources = ROOT.resolve(service).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher type = EVENT_TYPE.matcher(Files.readString(file));
                    while (type.find()) {
                        published.add(type.group(1));
                    }
                }
            }
        }
        assertEquals(published, new TreeSet<>(new EventCatalog(ROOT).events().keySet()),
                "the ce_type constants of the services against the message names of docs/asyncapi.yaml");
    }

    @Test
    void everyPayloadIsASchemaOfThePublishedApiDocument() {
        EventCatalog catalog = new EventCatalog(ROOT);
        catalog.events().forEach((type, event) -> {
            assertTrue(catalog.hasSchema(event.schema()), type + ": no schema " + event.schema() + " in docs/openapi.yaml");
            assertTrue(event.topic() != null && !event.topic().isBlank(), type + ": on no channel");
        });
    }

    @Test
    void aPayloadThatBreaksItsSchemaIsCaught() {
        EventCatalog catalog = new EventCatalog(ROOT);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertTrue(catalog.violations("cn.onenetwork.property.room.retired.v1", json.createObjectNode().put("useArea", "eighteen")
                .put("retiredOn", "30.09.2025")).size() >= 2);
        String room = """
                {"id":"0d9a3f0e-8a4e-4c38-9a51-8f6c1d6b1a01","buildingId":"0d9a3f0e-8a4e-4c38-9a51-8f6c1d6b1a02",
                 "floorId":"0d9a3f0e-8a4e-4c38-9a51-8f6c1d6b1a03","divisionCode":"640104","number":"301","category":"OFFICE","useArea":18.5,
                 "status":"IN_USE","statusSince":"2024-03-01","version":1,"retiredOn":"2025-09-30","retirementReason":"与302合并"}""";
        assertEquals(List.of(), catalog.violations("cn.onenetwork.property.room.retired.v1", readJson(json, room)));
        // A required field left out is caught too.
        assertTrue(catalog.violations("cn.onenetwork.property.room.retired.v1", readJson(json, room.replace("\"number\":\"301\",", ""))).size() == 1);
    }

    private static com.fasterxml.jackson.databind.JsonNode readJson(com.fasterxml.jackson.databind.ObjectMapper json, String text) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
