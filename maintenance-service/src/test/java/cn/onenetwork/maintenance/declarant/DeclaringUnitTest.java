package cn.onenetwork.maintenance.declarant;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class DeclaringUnitTest {

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
}
