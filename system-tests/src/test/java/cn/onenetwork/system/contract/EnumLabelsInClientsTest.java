package cn.onenetwork.system.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every enum of the published document carries its Chinese and English labels, and the clients generated from it show
 * them: the TypeScript enum documents each member with its Chinese label, the Python enum's documentation lists them.
 */
class EnumLabelsInClientsTest {

    private static final Path ROOT = Path.of(System.getProperty("onenetwork.root", "..")).toAbsolutePath().normalize();
    private static final Path CLIENTS = ROOT.resolve("system-tests/target/generated-clients");

    @Test
    void everyEnumHasBothLabelsAndTheGeneratedClientsShowTheChineseOnes() throws IOException {
        JsonNode schemas = EventCatalog.readYaml(ROOT.resolve("docs/openapi.yaml")).path("components").path("schemas");
        List<String> faults = new ArrayList<>();
        int enums = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> schema = it.next();
            JsonNode values = schema.getValue().path("enum");
            if (values.isMissingNode()) {
                continue;
            }
            enums++;
            JsonNode chinese = schema.getValue().path("x-enum-descriptions");
            JsonNode english = schema.getValue().path("x-enum-descriptions-en");
            if (chinese.size() != values.size() || english.size() != values.size()) {
                faults.add(schema.getKey() + ": " + values.size() + " values, " + chinese.size() + " Chinese and " + english.size() + " English labels");
                continue;
            }
            String typescript = Files.readString(CLIENTS.resolve("typescript/models/" + schema.getKey() + ".ts"));
            String python = Files.readString(CLIENTS.resolve("python/onenetwork_client/models/" + snake(schema.getKey()) + ".py"));
            for (int i = 0; i < values.size(); i++) {
                String label = chinese.get(i).asText();
                if (english.get(i).asText().isBlank() || !label.matches(".*\\p{IsHan}.*")) {
                    faults.add(schema.getKey() + "." + values.get(i).asText() + ": labels '" + label + "' / '" + english.get(i).asText() + "'");
                }
                if (!typescript.contains("* " + label + "\n")) {
                    faults.add(schema.getKey() + "." + values.get(i).asText() + " lacks its label in the TypeScript client");
                }
                if (!python.contains(values.get(i).asText() + " " + label)) {
                    faults.add(schema.getKey() + "." + values.get(i).asText() + " lacks its label in the Python client");
                }
            }
        }
        assertTrue(enums > 40, "enums: " + enums);
        assertEquals(List.of(), faults);
    }

    private static String snake(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
