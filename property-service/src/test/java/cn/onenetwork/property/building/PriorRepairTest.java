package cn.onenetwork.property.building;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestEvents;
import cn.onenetwork.property.Fixtures;
import cn.onenetwork.property.Registry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The last medium or major repair before the platform: entered with its evidence, by API or sheet, and counted from by the 15-year rule. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class PriorRepairTest {

    private static final String DIVISION = "640105";

    @BeforeEach
    void divisions() {
        Fixtures.ningxia();
    }

    @Test
    void aRepairBeforeThePlatformIsRecordedWithItsEvidenceAndPublishedAsTheLastRepair() {
        String admin = DevTokens.bureauAdmin(DIVISION);
        LocalDate repaired = Registry.today().minusYears(14);
        Map<String, Object> building = building("PR-" + System.nanoTime() % 100_000, "1990-06-30");
        building.put("priorRepairOn", repaired.toString());
        given().auth().oauth2(admin).contentType("application/json").body(building).post("/api/v1/buildings").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("priorRepairEvidence"));
        building.put("priorRepairOn", "1989-12-31");
        building.put("priorRepairEvidence", "西机管维〔1989〕1号");
        given().auth().oauth2(admin).contentType("application/json").body(building).post("/api/v1/buildings").then().statusCode(400)
                .body("errors[0].field", equalTo("priorRepairOn"));

        building.put("priorRepairOn", repaired.toString());
        building.put("priorRepairEvidence", "西机管维〔2012〕5号 竣工验收报告");
        String id = given().auth().oauth2(admin).contentType("application/json").body(building).post("/api/v1/buildings").then().statusCode(201)
                .body("priorRepairOn", equalTo(repaired.toString())).body("priorRepairEvidence", equalTo("西机管维〔2012〕5号 竣工验收报告"))
                .body("lastMediumOrMajorRepairOn", equalTo(repaired.toString())).extract().path("id");
        // maintenance-service reads the last repair from the building's event: its 15-year rule counts from the prior repair.
        List<ConsumerRecord<String, String>> events = TestEvents.readAll(PlatformTestResource.kafka().bootstrapServers(), BuildingView.TOPIC,
                Duration.ofSeconds(2)).stream().filter(r -> id.equals(r.key())).toList();
        assertEquals(1, events.size());
        assertTrue(events.get(0).value().contains("\"lastMediumOrMajorRepairOn\":\"" + repaired + "\""), events.get(0).value());
    }

    @Test
    void theBuildingSheetCarriesThePriorRepairAndItsEvidence() {
        String code = "PRS-" + System.nanoTime() % 100_000;
        String header = String.join(",", BuildingSheet.COLUMNS) + "\n";
        BuildingImportTest.importCsv(header, "," + code + ",西夏区老档案楼,银川市西夏区,,1992,1992-05-01,砖混,4,0,2000.00,,FISCAL_FUNDING,2011-10-08,\n", false)
                .then().statusCode(422).body("errors[0].field", equalTo("row[2].prior_repair_evidence"));
        BuildingImportTest.importCsv(header, "," + code + ",西夏区老档案楼,银川市西夏区,,1992,1992-05-01,砖混,4,0,2000.00,,FISCAL_FUNDING,2011-10-08,"
                + "西机管维〔2011〕9号\n", false).then().statusCode(200).body("created", equalTo(1));
        String export = given().auth().oauth2(DevTokens.auditor(DIVISION)).get("/api/v1/buildings/export").then().statusCode(200).extract().asString();
        String row = export.lines().filter(l -> l.contains("," + code + ",")).findFirst().orElseThrow();
        assertTrue(row.endsWith(",FISCAL_FUNDING,2011-10-08,西机管维〔2011〕9号"), row);
        String id = row.substring(0, row.indexOf(','));
        given().auth().oauth2(DevTokens.auditor(DIVISION)).get("/api/v1/buildings/" + id).then().body("lastMediumOrMajorRepairOn", equalTo("2011-10-08"));

        // A correction from a sheet written before these columns existed says nothing of the prior repair: it stays.
        String olderHeader = String.join(",", BuildingSheet.COLUMNS.subList(0, BuildingSheet.COLUMNS.indexOf("prior_repair_on"))) + "\n";
        String olderRow = row.substring(0, row.indexOf(",2011-10-08,")).replace("西夏区老档案楼", "西夏区档案楼") + "\n";
        BuildingImportTest.importCsv(olderHeader, olderRow, false).then().statusCode(200).body("updated", equalTo(1));
        given().auth().oauth2(DevTokens.auditor(DIVISION)).get("/api/v1/buildings/" + id).then().body("name", equalTo("西夏区档案楼"))
                .body("priorRepairOn", equalTo("2011-10-08")).body("lastMediumOrMajorRepairOn", equalTo("2011-10-08"));
    }

    private static Map<String, Object> building(String code, String completedOn) {
        return new HashMap<>(Map.of("divisionCode", DIVISION, "code", code, "name", "西夏区老办公楼", "address", "银川市西夏区怀远路9号",
                "completedOn", completedOn, "storeysAbove", 4, "storeysBelow", 0, "grossFloorArea", "2400.00", "origin", "FISCAL_FUNDING"));
    }
}
