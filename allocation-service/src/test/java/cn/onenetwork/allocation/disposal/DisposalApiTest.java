package cn.onenetwork.allocation.disposal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.allocation.Replicas;
import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.StatementLog;
import cn.onenetwork.dev.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** 处置利用: never with an unclear title or open holdings; reallocation first; proceeds to the treasury; the registry is told. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class DisposalApiTest {

    private static final String DIVISION = "640402";
    private static final String ADMIN = DevTokens.bureauAdmin(DIVISION);

    @Test
    void aBuildingWithAnUnclearTitleOrOpenHoldingsIsNotDisposedOf() {
        UUID building = Replicas.building(DIVISION, "YZ-009", "原州区旧办公楼");
        propose(building, "AUCTION", "无使用需求").statusCode(422).body("code", equalTo("TITLE_NOT_CLEAR")).body("detail", containsString("没有权属记录"));
        Replicas.title(building, "DISPUTED", 0);
        propose(building, "AUCTION", "无使用需求").statusCode(422).body("code", equalTo("TITLE_NOT_CLEAR")).body("detail", containsString("DISPUTED"));
        Replicas.title(building, "REGISTERED_TO_BUREAU", 1);

        UUID room = Replicas.room(DIVISION, building, "101", "OFFICE", "18.00", "IN_USE", "2020-01-01");
        UUID unit = Replicas.unit(DIVISION, "原州区文化馆", "11640402MB0000001A");
        String holding = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("roomId", room.toString(), "agencyId", unit.toString(),
                "basis", "EXISTING_USE", "reference", "固机管配〔2020〕1号", "fromDate", "2020-01-01")).post("/api/v1/holdings").then().statusCode(201)
                .extract().path("id");
        propose(building, "AUCTION", "无使用需求").statusCode(422).body("code", equalTo("BUILDING_HELD")).body("detail", containsString("11640402MB0000001A"));
        propose(building, "AUCTION", null).statusCode(422).body("code", equalTo("REALLOCATION_NOT_RULED_OUT"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("toDate", "2026-06-30", "reason", "腾退"))
                .post("/api/v1/holdings/" + holding + "/end").then().statusCode(200);

        String id = propose(building, "AUCTION", "本级及下级单位均无使用需求").statusCode(201).body("number", matchesPattern("640402-CZ-\\d{4}-\\d{4}"))
                .body("status", equalTo("PROPOSED")).body("buildingName", equalTo("原州区旧办公楼")).extract().path("id");
        propose(building, "DEMOLISH", "危房").statusCode(409).body("code", equalTo("DISPOSAL_UNDER_WAY"));
        step(id, "complete", "0", Map.of("completedOn", "2026-12-20", "proceeds", "0")).statusCode(409).body("code", equalTo("DISPOSAL_NOT_APPROVED"));
        step(id, "approve", "0", Map.of("approvalReference", "固机管处〔2026〕4号")).statusCode(200).body("status", equalTo("APPROVED"));

        // The title falls into dispute after approval: checked again when carried out.
        Replicas.title(building, "DISPUTED", 2);
        step(id, "complete", "1", Map.of("completedOn", "2026-12-20", "proceeds", "3500000.00", "treasuryReference", "宁财缴〔2026〕88号"))
                .statusCode(422).body("code", equalTo("TITLE_NOT_CLEAR"));
        Replicas.title(building, "REGISTERED_TO_BUREAU", 3);
        step(id, "complete", "1", Map.of("completedOn", "2026-12-20", "proceeds", "3500000.00")).statusCode(422)
                .body("code", equalTo("PROCEEDS_NOT_REMITTED"));
        step(id, "complete", "1", Map.of("completedOn", "2026-12-20", "proceeds", "3500000.00", "treasuryReference", "宁财缴〔2026〕88号"))
                .statusCode(200).body("status", equalTo("COMPLETED")).body("proceeds", equalTo(3500000.00f))
                .body("history.action", equalTo(List.of("PROPOSE", "APPROVE", "COMPLETE")));
        StatementLog.reset();
        given().auth().oauth2(ADMIN).queryParam("buildingId", building).get("/api/v1/disposals").then().statusCode(200)
                .body("items.buildingName", equalTo(List.of("原州区旧办公楼"))).body("items[0].history.action", equalTo(List.of("PROPOSE", "APPROVE", "COMPLETE")));
        // A page's building names and histories are read once each, whatever the number of disposals.
        assertEquals(1, StatementLog.selectsFrom("registry_building"));
        assertEquals(1, StatementLog.selectsFrom("workflow_step"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> events = TestEvents.readAll(PlatformTestResource.kafka().bootstrapServers(), "allocation.disposals",
                    Duration.ofMillis(300)).stream().filter(r -> building.toString().equals(r.key())).toList();
            assertEquals("cn.onenetwork.allocation.disposal.completed.v1", TestEvents.header(events.get(events.size() - 1), "ce_type"));
            assertTrue(events.get(events.size() - 1).value().contains("\"completedOn\":\"2026-12-20\""));
        });
    }

    private static ValidatableResponse propose(UUID building, String method, String ruledOut) {
        Map<String, Object> body = new HashMap<>(Map.of("buildingId", building.toString(), "method", method, "ground", "SURPLUS",
                "groundsDetail", "机构合并后超出实际需要"));
        if (ruledOut != null) {
            body.put("reallocationRuledOut", ruledOut);
        }
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).post("/api/v1/disposals").then();
    }

    private static ValidatableResponse step(String id, String action, String version, Map<String, ?> body) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body)
                .post("/api/v1/disposals/" + id + "/" + action).then();
    }
}
