package cn.onenetwork.property.staff;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.property.Fixtures;
import cn.onenetwork.property.Registry;
import cn.onenetwork.property.sheet.Sheet;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class StaffImportTest {

    private static final String DIVISION = "640104";

    @BeforeEach
    void divisions() {
        Fixtures.ningxia();
    }

    @Test
    void staffImportRegistersValidatesRanksAndAnEditedExportUpdatesAndRechecks() {
        String agency = Registry.agency(DIVISION, "兴庆区统计局(导入)", "GOVERNMENT");
        String code = given().auth().oauth2(DevTokens.auditor(DIVISION)).get("/api/v1/agencies/" + agency).then().extract().path("creditCode");
        String header = "agency_credit_code,name,position,rank,status,status_since\n";
        String rows = code + ",王建国,局长,SECTION_CHIEF,IN_POST,2019-06-01\n" + code + ",李梅,科员,BELOW_SECTION,,2021-09-01\n";

        importSheet(header + rows + code + ",张三,,DIVISION_CHIEF,IN_POST,2020-01-01\n" + "11640104MB9999999X,赵四,,BELOW_SECTION,IN_POST,\n", false)
                .then().statusCode(422).body("errors.field", equalTo(List.of("row[4].rank", "row[5].status_since", "row[5].agency_credit_code")));
        given().auth().oauth2(DevTokens.auditor(DIVISION)).queryParam("agencyId", agency).get("/api/v1/people").then().body("items", hasSize(0));

        importSheet(header + rows, false).then().statusCode(200).body("created", equalTo(2)).body("updated", equalTo(0));
        String wang = given().auth().oauth2(DevTokens.auditor(DIVISION)).queryParam("agencyId", agency).get("/api/v1/people").then()
                .body("items", hasSize(2)).extract().path("items.find { it.name == '王建国' }.id");
        String building = Registry.building(DIVISION, "兴庆区统计局楼");
        String room = Registry.room(DIVISION, building, Registry.floor(DIVISION, building, "1"), "101", "OFFICE", "18.00");
        Registry.seat(DIVISION, wang, room, Registry.today().minusYears(1));

        // Export, mark 王建国 retired 40 days ago, import the edited file: he is updated, not duplicated, and must vacate.
        String export = given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).queryParam("agencyId", agency).get("/api/v1/people/export")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        String[] lines = export.split("\r\n");
        assertEquals(3, lines.length);
        assertEquals("记录ID,单位统一社会信用代码,姓名,职务,职级,人员状态,状态起始日期,楼座编码,房间号,入座日期", lines[0]);
        String retired = Registry.today().minusDays(40).toString();
        String edited = Arrays.stream(lines).map(l -> l.startsWith(wang) ? l.replace("IN_POST,2019-06-01", "RETIRED," + retired) : l)
                .reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n";
        importSheet(edited, true).then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(2));
        importSheet(edited, false).then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(2));
        given().auth().oauth2(DevTokens.auditor(DIVISION)).get("/api/v1/people/" + wang).then().body("status", equalTo("RETIRED"))
                .body("statusSince", equalTo(retired));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(DevTokens.auditor(DIVISION)).queryParam("personId", wang)
                .get("/api/v1/compliance-findings").then().body("items[0].rule", equalTo("NOT_VACATED_AFTER_DEPARTURE")));

        importSheet(edited.replace(wang, "00000000-0000-0000-0000-000000000000"), false).then().statusCode(422)
                .body("errors[0].field", equalTo("row[" + (Arrays.asList(lines).indexOf(Arrays.stream(lines).filter(l -> l.startsWith(wang))
                        .findFirst().orElseThrow()) + 1) + "].id"));
        byte[] xlsx = given().auth().oauth2(DevTokens.auditor(DIVISION)).queryParam("format", "xlsx").queryParam("agencyId", agency)
                .get("/api/v1/people/export").then().statusCode(200).contentType(Sheet.XLSX).extract().asByteArray();
        StaffSheet.Parsed back = StaffSheet.parse(Sheet.read(Sheet.XLSX, xlsx, StaffSheet.SHEET, List.of()), Registry.today());
        assertEquals(List.of(), back.errors());
        assertEquals(2, back.rows().size());
    }

    @Test
    void aStaffSheetSeatsPeopleInTheRoomsItNamesAndTheChecksFollow() {
        String agency = Registry.agency(DIVISION, "兴庆区审计局(导入)", "GOVERNMENT");
        String code = given().auth().oauth2(DevTokens.auditor(DIVISION)).get("/api/v1/agencies/" + agency).then().extract().path("creditCode");
        String building = Registry.building(DIVISION, "兴庆区审计局楼");
        String buildingCode = given().auth().oauth2(DevTokens.auditor(DIVISION)).get("/api/v1/buildings/" + building).then().extract().path("code");
        String room = Registry.room(DIVISION, building, Registry.floor(DIVISION, building, "2"), "201", "OFFICE", "12.00");
        String header = "agency_credit_code,name,position,rank,status,status_since,building_code,room_number,seated_from\n";
        String seated = code + ",孙科员,科员,BELOW_SECTION,IN_POST,2020-01-01," + buildingCode + ",201,2024-05-01\n";

        importSheet(header + seated + code + ",周科员,,BELOW_SECTION,IN_POST,2020-01-01," + buildingCode + ",299,2024-05-01\n"
                + code + ",吴科员,,BELOW_SECTION,IN_POST,2020-01-01,NO-SUCH,201,2024-05-01\n"
                + code + ",郑科员,,BELOW_SECTION,IN_POST,2020-01-01," + buildingCode + ",,2024-05-01\n", true)
                .then().statusCode(200).body("seatsAssigned", equalTo(0))
                .body("errors.row", equalTo(List.of(3, 4, 5))).body("errors.column", equalTo(List.of("room_number", "building_code", "room_number")));
        importSheet(header + seated, false).then().statusCode(200).body("created", equalTo(1)).body("seatsAssigned", equalTo(1));

        // 12.00 m² for one person below section rank (9 m²): the import's seat is checked like any other.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(DevTokens.auditor(DIVISION)).queryParam("roomId", room)
                .get("/api/v1/compliance-findings").then().body("items", hasSize(1)).body("items[0].rule", equalTo("OFFICE_OVER_STANDARD"))
                .body("items[0].excessArea", equalTo(3.00f)).body("items[0].since", equalTo("2024-05-01")));
        String export = given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).queryParam("agencyId", agency).get("/api/v1/people/export")
                .then().statusCode(200).extract().asString();
        assertTrue(export.contains(",孙科员,科员,BELOW_SECTION,IN_POST,2020-01-01," + buildingCode + ",201,2024-05-01"), export);
        // Importing the export again seats nobody twice.
        importSheet(export, false).then().statusCode(200).body("updated", equalTo(1)).body("seatsAssigned", equalTo(0));
    }

    private static io.restassured.response.Response importSheet(String csv, boolean dryRun) {
        return given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).contentType("text/csv; charset=UTF-8").queryParam("dryRun", dryRun).body(csv)
                .post("/api/v1/people-imports");
    }
}
