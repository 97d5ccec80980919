package cn.onenetwork.maintenance.declarant;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestEvents;
import cn.onenetwork.maintenance.ReadModels;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class DeclaringUnitTest {

    @Inject
    EntityManager entityManager;

    @Test
    void agencyEventsBecomeDeclaringUnitsInScope() {
        UUID agency = UUID.randomUUID();
        String payload = """
                {"id":"%s","creditCode":"11640104MB0000017X","name":"兴庆区水务局","divisionCode":"640104","level":"COUNTY","version":3}
                """.formatted(agency);
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "property.agencies", agency.toString(), UUID.randomUUID(),
                "cn.onenetwork.property.agency.registered.v1", payload);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(DevTokens.bureauAdmin("640104"))
                .get("/api/v1/declaring-units/" + agency).then().statusCode(200)
                .body("name", equalTo("兴庆区水务局")).body("registryVersion", equalTo(3)));
        given().auth().oauth2(DevTokens.bureauAdmin("640105")).get("/api/v1/declaring-units/" + agency).then().statusCode(404);
        given().auth().oauth2(DevTokens.expired("640104")).get("/api/v1/declaring-units/" + agency).then().statusCode(401);
    }

    @Test
    void aUnitTheRegistryDissolvedDeclaresNoRepair() {
        UUID agency = UUID.randomUUID();
        String admin = DevTokens.bureauAdmin("640104");
        LocalDate today = ReadModels.today();
        String unit = """
                {"id":"%s","creditCode":"11640104MB0000018X","name":"兴庆区老干部局","divisionCode":"640104","level":"COUNTY","version":%d%s}""";
        String bootstrap = PlatformTestResource.kafka().bootstrapServers();
        TestEvents.send(bootstrap, "property.agencies", agency.toString(), UUID.randomUUID(), "cn.onenetwork.property.agency.registered.v1",
                unit.formatted(agency, 0, ""));
        UUID building = new ReadModels(entityManager).building("640104", "老干部局活动中心", today.minusYears(5), "800.00", null);
        Map<String, Object> routine = Map.of("agencyId", agency.toString(), "buildingId", building.toString(), "repairClass", "ROUTINE", "title", "门窗维修",
                "description", "窗框松动", "grounds", List.of("DAMAGE"), "items", List.of(Map.of("system", "ENVELOPE", "description", "窗框加固", "estimatedCost", "900.00")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(admin).contentType("application/json").body(routine)
                .post("/api/v1/repair-projects").then().statusCode(201));

        TestEvents.send(bootstrap, "property.agencies", agency.toString(), UUID.randomUUID(), "cn.onenetwork.property.agency.dissolved.v1",
                unit.formatted(agency, 1, ",\"dissolvedOn\":\"" + today + "\",\"dissolutionKind\":\"DISSOLVED\",\"dissolutionReason\":\"机构改革\""));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(admin).get("/api/v1/declaring-units/" + agency).then()
                .body("dissolvedOn", equalTo(today.toString())));
        given().auth().oauth2(admin).contentType("application/json").body(routine).post("/api/v1/repair-projects").then().statusCode(409)
                .contentType("application/problem+json").body("code", equalTo("AGENCY_DISSOLVED"));
    }
}
