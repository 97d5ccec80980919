package cn.onenetwork.property.sheet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.property.Fixtures;
import cn.onenetwork.property.building.BuildingSheet;
import cn.onenetwork.property.room.RoomSheet;
import cn.onenetwork.property.staff.StaffSheet;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each import has an empty template: the Chinese headers and a comment row with each column's meaning and unit, which imports skip. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class SheetTemplateTest {

    private static final String DIVISION = "640105";

    @BeforeEach
    void divisions() {
        Fixtures.ningxia();
    }

    @Test
    void eachImportHasATemplateThatNamesEveryColumnAndImportsAsNothing() {
        check("/api/v1/room-imports", RoomSheet.SHEET);
        check("/api/v1/building-imports", BuildingSheet.SHEET);
        check("/api/v1/people-imports", StaffSheet.SHEET);
    }

    @Test
    void theXlsxTemplateReadsAsHeadersWithoutRows() {
        byte[] xlsx = given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).queryParam("format", "xlsx").get("/api/v1/room-imports/template")
                .then().statusCode(200).contentType(Sheet.XLSX).extract().asByteArray();
        Sheet.Read read = Sheet.read(Sheet.XLSX, xlsx, RoomSheet.SHEET, RoomSheet.OPTIONAL);
        assertEquals(List.of(), read.errors());
        assertEquals(0, read.rowsRead());
    }

    private static void check(String path, List<Sheet.Column> columns) {
        String csv = given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).get(path + "/template").then().statusCode(200).contentType("text/csv")
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(2, lines.length, csv);
        assertEquals(String.join(",", columns.stream().map(Sheet.Column::header).toList()), lines[0]);
        // The CSV writer quotes a first cell that starts with #; either way the cell reads as a comment.
        assertTrue(lines[1].startsWith("\"#"), lines[1]);
        assertTrue(lines[1].contains("㎡") || path.contains("people"), "the comment row names the unit of each area: " + lines[1]);
        given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).contentType("text/csv; charset=UTF-8").queryParam("dryRun", true).body(csv).post(path)
                .then().statusCode(200).body("rowsRead", equalTo(0)).body("errors", hasSize(0));
    }
}
