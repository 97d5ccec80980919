package cn.onenetwork.allocation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import cn.onenetwork.allocation.room.RegistryRoom;
import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.UUID;

/** The registry's events that build this service's read models, sent on the real broker as property-service would. */
public final class Replicas {

    private Replicas() {
    }

    /** A room registered in the registry, once this service's room read model has it. */
    public static UUID room(String division, UUID building, String number, String category, String useArea, String status, String statusSince) {
        UUID id = UUID.randomUUID();
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "property.rooms", id.toString(), UUID.randomUUID(),
                "cn.onenetwork.property.room.registered.v1", """
                        {"id":"%s","buildingId":"%s","floorId":"%s","divisionCode":"%s","number":"%s","category":"%s","useArea":%s,
                         "status":"%s","statusSince":"%s","version":0}
                        """.formatted(id, building, UUID.randomUUID(), division, number, category, useArea, status, statusSince));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> RegistryRoom.findByIdOptional(id).isPresent()));
        return id;
    }

    /** An agency registered in the registry, once this service's user-unit read model has it. */
    public static UUID unit(String division, String name, String code) {
        UUID id = UUID.randomUUID();
        TestEvents.send(PlatformTestResource.kafka().bootstrapServers(), "property.agencies", id.toString(), UUID.randomUUID(),
                "cn.onenetwork.property.agency.registered.v1", """
                        {"id":"%s","creditCode":"%s","name":"%s","divisionCode":"%s","level":"COUNTY","system":"GOVERNMENT",
                         "approvedStaffing":{},"version":0}
                        """.formatted(id, code, name, division));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(DevTokens.auditor("640000")).get("/api/v1/user-units/" + id)
                .statusCode() == 200);
        return id;
    }
}
