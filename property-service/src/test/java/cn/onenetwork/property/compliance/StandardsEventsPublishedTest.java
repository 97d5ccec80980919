package cn.onenetwork.property.compliance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestEvents;
import cn.onenetwork.property.Fixtures;
import cn.onenetwork.property.Registry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Allocation sizes requests by the rows the registry checks with: every row written reaches property.standards. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class StandardsEventsPublishedTest {

    @Test
    void theSeededRowsAndEveryRowWrittenOrClosedArePublished() {
        Fixtures.ningxia();
        String admin = DevTokens.bureauAdmin("640104");
        LocalDate first = Registry.today().plusDays(400);
        LocalDate second = first.plusDays(100);
        Number firstId = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("level", "COUNTY", "rankCode", "BELOW_SECTION",
                "officeArea", "8.50", "effectiveFrom", first.toString(), "source", "兴机管发〔2026〕1号"))
                .post("/api/v1/area-standards").then().statusCode(201).extract().path("id");
        Number secondId = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("level", "COUNTY", "rankCode", "BELOW_SECTION",
                "officeArea", "8.00", "effectiveFrom", second.toString(), "source", "兴机管发〔2026〕2号"))
                .post("/api/v1/area-standards").then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> events = TestEvents.readAll(PlatformTestResource.kafka().bootstrapServers(), "property.standards",
                    Duration.ofMillis(300));
            assertTrue(events.stream().anyMatch(e -> e.value().contains("\"rankCode\":\"MINISTER\"") && e.value().contains("\"officeArea\":54")),
                    "the national rows seeded by migration are published");
            List<ConsumerRecord<String, String>> firstRow = events.stream().filter(e -> ("area-standard:" + firstId).equals(e.key())).toList();
            assertEquals(2, firstRow.size(), "written, then closed by the second");
            assertEquals("cn.onenetwork.property.area-standard.recorded.v1", TestEvents.header(firstRow.get(0), "ce_type"));
            assertTrue(firstRow.get(1).value().contains("\"effectiveTo\":\"" + second + "\""), firstRow.get(1).value());
            assertEquals(1, events.stream().filter(e -> ("area-standard:" + secondId).equals(e.key())).count());
        });
    }
}
