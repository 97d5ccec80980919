package cn.onenetwork.property.building;

import static io.restassured.RestAssured.given;
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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class BuildingImportTest {

    private static final String DIVISION = "640105";
    /** A sheet written before the prior repair's columns; an export has them all. */
    private static final String HEADER = String.join(",", BuildingSheet.COLUMNS.subList(0, BuildingSheet.COLUMNS.indexOf("prior_repair_on"))) + "\n";
    private static final String EXPORT_HEADER = String.join(",", BuildingSheet.COLUMNS) + "\n";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void divisions() {
        Fixtures.ningxia();
    }

    @Test
    void aSheetOfBuildingsImportsWholeOrNotAtAllAndExportsBack() {
        String parcel = "640105-IMP-" + System.nanoTime();
        Registry.post(DIVISION, "/api/v1/parcels", Map.of("divisionCode", DIVISION, "code", parcel, "name", "西夏区行政中心院落",
                "address", "银川市西夏区", "landArea", "30000.00"));
        String prefix = "IMP" + System.nanoTime() % 100_000;
        String good = "," + prefix + "-1,西夏区行政中心1号楼,银川市西夏区朔方路1号," + parcel + ",2008,2008-10-15,框架,8,1,12500.00,0.65,FISCAL_FUNDING\n"
                + "," + prefix + "-2,西夏区行政中心2号楼,银川市西夏区朔方路1号,,1998,,砖混,5,0,6200,,TAKEN_OVER\n";
        String bad = good
                + "," + prefix + "-1,重复,地址,,2000,,,3,0,100,,OTHER_BY_LAW\n"
                + "," + prefix + "-4,无宗地,地址,NO-SUCH,2000,,,3,0,100,1.2,OTHER_BY_LAW\n"
                + "," + prefix + "-5,坏楼层,地址,,2000,2001-05-01,,three,0,100,,BOUGHT\n";
        importCsv(bad, false).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("row[4].code", "row[5].usable_coefficient", "row[5].parcel_code", "row[6].storeys_above",
                        "row[6].origin", "row[6].completed_on")));
        assertEquals(0L, count("SELECT count(*) FROM building WHERE code LIKE '" + prefix + "%'"));

        importCsv(good, true).then().statusCode(200).body("dryRun", equalTo(true)).body("created", equalTo(2)).body("errors", hasSize(0));
        assertEquals(0L, count("SELECT count(*) FROM building WHERE code LIKE '" + prefix + "%'"));
        importCsv(good, false).then().statusCode(200).body("created", equalTo(2));
        assertEquals(1L, count("SELECT count(*) FROM building b JOIN parcel p ON p.id = b.parcel_id WHERE b.code = '" + prefix + "-1' AND p.code = '" + parcel + "'"));
        importCsv(good, false).then().statusCode(422).body("errors[0].message", org.hamcrest.Matchers.containsString("已有此编码的楼座"));

        String export = given().auth().oauth2(DevTokens.auditor(DIVISION)).get("/api/v1/buildings/export").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        String exported = export.lines().filter(l -> l.contains("," + prefix + "-1,")).findFirst().orElseThrow();
        String id = exported.substring(0, exported.indexOf(','));
        assertEquals(id + "," + prefix + "-1,西夏区行政中心1号楼,银川市西夏区朔方路1号," + parcel + ",2008,2008-10-15,框架,8,1,12500.00,0.650,FISCAL_FUNDING,,", exported);

        // The export edited and imported back corrects the building its id names.
        importCsv(EXPORT_HEADER, exported.replace("朔方路1号", "朔方路3号").replace("12500.00", "12650.00") + "\n", false).then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1));
        given().auth().oauth2(DevTokens.auditor(DIVISION)).get("/api/v1/buildings/" + id).then().statusCode(200)
                .body("address", equalTo("银川市西夏区朔方路3号")).body("grossFloorArea", equalTo(12650.00f)).header("ETag", "\"1\"");
        importCsv(EXPORT_HEADER, java.util.UUID.randomUUID() + exported.substring(id.length()) + "\n", false).then().statusCode(422)
                .body("errors[0].field", equalTo("row[2].id"));
        byte[] xlsx = given().auth().oauth2(DevTokens.auditor(DIVISION)).queryParam("format", "xlsx").get("/api/v1/buildings/export").then()
                .statusCode(200).contentType(Sheet.XLSX).extract().asByteArray();
        BuildingSheet.Parsed back = BuildingSheet.parse(Sheet.read(Sheet.XLSX, xlsx, BuildingSheet.SHEET, BuildingSheet.OPTIONAL), Registry.today());
        assertEquals(List.of(), back.errors());
        BuildingSheet.Row second = back.rows().stream().filter(r -> r.code().equals(prefix + "-2")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("6200"), second.grossFloorArea());
        assertEquals(BuildingOrigin.TAKEN_OVER, second.origin());
        assertEquals(1998, second.yearBuilt());
        assertEquals(null, second.completedOn());
        assertEquals(java.time.LocalDate.of(2008, 10, 15), back.rows().stream().filter(r -> r.code().equals(prefix + "-1")).findFirst().orElseThrow()
                .completedOn(), "the completion date survives the XLSX round trip");
        given().auth().oauth2(DevTokens.auditor(DIVISION)).get("/api/v1/buildings/" + id).then().body("completedOn", equalTo("2008-10-15"));
    }

    @Test
    void aBuildingIsCompletedInTheYearItWasBuilt() {
        Map<String, Object> building = new java.util.HashMap<>(Map.of("divisionCode", DIVISION, "code", "CMP-" + System.nanoTime() % 100_000,
                "name", "西夏区档案楼", "address", "银川市西夏区", "yearBuilt", 2008, "completedOn", "2009-01-05", "storeysAbove", 3, "storeysBelow", 0,
                "grossFloorArea", "1800.00", "origin", "FISCAL_FUNDING"));
        given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).contentType("application/json").body(building).post("/api/v1/buildings").then()
                .statusCode(400).body("errors[0].field", equalTo("completedOn"));
        building.remove("yearBuilt");
        given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).contentType("application/json").body(building).post("/api/v1/buildings").then()
                .statusCode(201).body("completedOn", equalTo("2009-01-05")).body("yearBuilt", equalTo(2009));
    }

    private static io.restassured.response.Response importCsv(String rows, boolean dryRun) {
        return importCsv(HEADER, rows, dryRun);
    }

    static io.restassured.response.Response importCsv(String header, String rows, boolean dryRun) {
        return given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).contentType("text/csv; charset=UTF-8").queryParam("dryRun", dryRun)
                .body(header + rows).post("/api/v1/building-imports");
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
