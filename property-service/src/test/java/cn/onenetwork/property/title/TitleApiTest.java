package cn.onenetwork.property.title;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestEvents;
import cn.onenetwork.property.Fixtures;
import cn.onenetwork.property.Registry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class TitleApiTest {

    private static final String DIVISION = "640104";

    @Test
    void aTitleIsDrivenToRegistrationWithEvidenceAndFullHistory() {
        Fixtures.ningxia();
        String building = Registry.building(DIVISION, "兴庆区老干部活动中心");
        unification().body("items.buildingId", hasItem(building));

        Response opened = post("/api/v1/titles", Map.of("buildingId", building, "state", "RECORDS_MISSING", "reason", "档案遗失"), null);
        opened.then().statusCode(201).body("state", equalTo("RECORDS_MISSING")).body("history", hasSize(1));
        String title = opened.path("id");
        unification().body("items.find { it.buildingId == '" + building + "' }.state", equalTo("RECORDS_MISSING"));

        post("/api/v1/titles/" + title + "/changes", Map.of("state", "REGISTERED_TO_BUREAU"), null).then().statusCode(428);
        post("/api/v1/titles/" + title + "/changes", Map.of("state", "REGISTERED_TO_BUREAU"), "\"0\"").then().statusCode(422)
                .body("code", equalTo("TITLE_EVIDENCE_MISSING")).body("errors[0].field", equalTo("unifiedCertificateNo"));
        post("/api/v1/titles/" + title + "/changes", Map.of("state", "FILED_AS_UNCLEAR", "filingReference", "兴机管备〔2026〕2号",
                "reason", "历史资料不全"), "\"0\"").then().statusCode(200).body("state", equalTo("FILED_AS_UNCLEAR"));

        Map<String, Object> registration = new HashMap<>();
        registration.put("state", "REGISTERED_TO_BUREAU");
        registration.put("unifiedCertificateNo", "宁(2026)银川市不动产权第0000321号");
        registration.put("landUseType", "ALLOCATED");
        registration.put("registrant", "兴庆区机关事务服务中心");
        registration.put("reason", "统一登记完成");
        post("/api/v1/titles/" + title + "/changes", registration, "\"1\"").then().statusCode(200)
                .body("state", equalTo("REGISTERED_TO_BUREAU"))
                .body("history.toState", equalTo(List.of("RECORDS_MISSING", "FILED_AS_UNCLEAR", "REGISTERED_TO_BUREAU")))
                .body("history[2].fromState", equalTo("FILED_AS_UNCLEAR"))
                .body("history[2].actor", equalTo("bureau-" + DIVISION));
        unification().body("items.buildingId", not(hasItem(building)));

        post("/api/v1/titles/" + title + "/changes", Map.of("state", "FILED_AS_UNCLEAR", "filingReference", "x"), "\"2\"").then().statusCode(422)
                .body("code", equalTo("TITLE_CHANGE_NOT_ALLOWED"));
        post("/api/v1/titles/" + title + "/changes", Map.of("state", "REGISTERED_TO_USER_UNIT", "unifiedCertificateNo", "证"), "\"2\"").then()
                .statusCode(422).body("errors[0].field", equalTo("approvalReference"));
        post("/api/v1/titles", Map.of("buildingId", building, "state", "RECORDS_MISSING"), null).then().statusCode(409);
        given().auth().oauth2(DevTokens.bureauAdmin("640105")).get("/api/v1/titles/" + title).then().statusCode(404);
    }

    @Test
    void whetherTheRecordsWereHandedOverIsStatedWhenOpeningAndKeptOrChangedWithEachChange() {
        Fixtures.ningxia();
        String building = Registry.building(DIVISION, "兴庆区档案服务中心");
        String title = post("/api/v1/titles", Map.of("buildingId", building, "state", "RECORDS_MISSING"), null).then().statusCode(201)
                .body("recordsHandedOver", equalTo(false)).extract().path("id");
        Map<String, Object> toOther = new HashMap<>(Map.of("state", "REGISTERED_TO_OTHER", "unifiedCertificateNo", "宁(2019)银川市不动产权第0004567号",
                "registrant", "兴庆区教育局", "recordsHandedOver", true));
        post("/api/v1/titles/" + title + "/changes", toOther, "\"0\"").then().statusCode(200).body("state", equalTo("REGISTERED_TO_OTHER"))
                .body("recordsHandedOver", equalTo(true));
        // A change that does not say keeps what was said before.
        post("/api/v1/titles/" + title + "/changes", Map.of("state", "DISPUTED", "reason", "原使用单位主张产权"), "\"1\"").then().statusCode(200)
                .body("recordsHandedOver", equalTo(true));
        post("/api/v1/titles/" + title + "/changes", Map.of("state", "RECORDS_MISSING", "recordsHandedOver", "yes"), "\"2\"").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("MALFORMED_REQUEST")).body("errors[0].field", equalTo("recordsHandedOver"));
        post("/api/v1/titles/" + title + "/changes", Map.of("state", "RECORDS_MISSING", "recordsHandedOver", false), "\"2\"").then().statusCode(200)
                .body("recordsHandedOver", equalTo(false));
        given().auth().oauth2(DevTokens.auditor(DIVISION)).get("/api/v1/titles/" + title).then().statusCode(200).body("recordsHandedOver", equalTo(false));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(List.of(false, true, true, false),
                TestEvents.readAll(PlatformTestResource.kafka().bootstrapServers(), "property.titles", Duration.ofMillis(300)).stream()
                        .filter(r -> building.equals(r.key())).map(r -> r.value().contains("\"recordsHandedOver\":true")).toList()));
    }

    private static io.restassured.response.ValidatableResponse unification() {
        return given().auth().oauth2(DevTokens.auditor(DIVISION)).queryParam("limit", 500).get("/api/v1/title-unification").then().statusCode(200);
    }

    private static Response post(String path, Map<String, ?> body, String ifMatch) {
        var request = given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post(path);
    }
}
