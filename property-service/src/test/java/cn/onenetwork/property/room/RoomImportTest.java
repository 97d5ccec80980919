package cn.onenetwork.property.room;

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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class RoomImportTest {

    private static final String DIVISION = "640105";
    /** A sheet of new rooms leaves out the optional id column. */
    private static final java.util.List<String> NEW_ROOM_COLUMNS = RoomSheet.COLUMNS.subList(1, RoomSheet.COLUMNS.size());
    private static final String HEADER = String.join(",", NEW_ROOM_COLUMNS) + "\n";

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void divisions() {
        Fixtures.ningxia();
    }

    @Test
    void tenThousandRoomsImportInOneGoAndExportBack() {
        String building = Registry.building(DIVISION, "西夏区大楼A");
        String code = given().auth().oauth2(DevTokens.auditor(DIVISION)).get("/api/v1/buildings/" + building).then().extract().path("code");
        long events = count("SELECT count(*) FROM outbox_event WHERE topic = 'property.rooms'");
        importCsv(sheet(code, 10_000, -1), false).then().statusCode(200)
                .body("created", equalTo(10_000)).body("floorsCreated", equalTo(20)).body("rowsRead", equalTo(10_000));

        assertEquals(10_000L, count("SELECT count(*) FROM room WHERE building_id = '" + building + "'"));
        assertEquals(events + 10_000, count("SELECT count(*) FROM outbox_event WHERE topic = 'property.rooms'"));
        // Written with COPY, relayed like any other event.
        await().atMost(Duration.ofSeconds(60)).pollInSameThread()
                .until(() -> count("SELECT count(*) FROM outbox_event WHERE topic = 'property.rooms' AND status <> 'SENT'") == 0);
        String export = given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).queryParam("buildingId", building)
                .get("/api/v1/rooms/export").then().statusCode(200).contentType("text/csv").extract().asString();
        String[] lines = export.split("\r\n");
        assertEquals(10_001, lines.length);
        assertEquals("记录ID,楼座编码,楼层,房间号,用房类别,使用面积(㎡),建筑面积(㎡),实际用途,使用状态,状态起始日期", lines[0]);
        assertTrue(export.contains(code + ",1,F01-0001,OFFICE,18.00,,办公,IN_USE,2024-03-01"), lines[1]);
    }

    @Test
    void oneBadRowInTenThousandCommitsNothingAndIsNamedByRowAndColumn() {
        String building = Registry.building(DIVISION, "西夏区大楼B");
        String code = given().auth().oauth2(DevTokens.auditor(DIVISION)).get("/api/v1/buildings/" + building).then().extract().path("code");
        importCsv(sheet(code, 10_000, 4_321), false).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("IMPORT_REJECTED"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("row[4323].use_area"))
                .body("errors[0].rejectedValue", equalTo("18,5"));
        assertEquals(0L, count("SELECT count(*) FROM room WHERE building_id = '" + building + "'"));
        assertEquals(0L, count("SELECT count(*) FROM floor WHERE building_id = '" + building + "'"));
    }

    @Test
    void aDryRunReportsEveryProblemAndWritesNothing() {
        String building = Registry.building(DIVISION, "西夏区大楼C");
        String code = given().auth().oauth2(DevTokens.auditor(DIVISION)).get("/api/v1/buildings/" + building).then().extract().path("code");
        String csv = HEADER
                + code + ",1,101,OFFICE,18.00,,办公,IN_USE,2024-03-01\n"
                + code + ",1,101,OFFICE,18.00,,办公,IN_USE,2024-03-01\n"
                + "NO-SUCH,1,102,OFFICE,18.00,,办公,IN_USE,2024-03-01\n"
                + code + ",1,103,KITCHEN,18.00,,办公,IN_USE,2024-03-01\n"
                + code + ",1,104,OFFICE,18.005,,办公,IN_USE,2099-01-01\n"
                + code + ",1,105,SERVICE,30,,会议室,,\n";
        importCsv(csv, true).then().statusCode(200)
                .body("dryRun", equalTo(true)).body("created", equalTo(0))
                .body("errors.row", equalTo(java.util.List.of(3, 4, 5, 6, 6)))
                .body("errors.column", equalTo(java.util.List.of("number", "building_code", "category", "use_area", "status_since")));
        assertEquals(0L, count("SELECT count(*) FROM room WHERE building_id = '" + building + "'"));

        importCsv(HEADER + code + ",1,101,OFFICE,18.00,,办公,IN_USE,2024-03-01\n", true).then().statusCode(200)
                .body("created", equalTo(1)).body("floorsCreated", equalTo(1)).body("errors", hasSize(0));
        assertEquals(0L, count("SELECT count(*) FROM room WHERE building_id = '" + building + "'"));
    }

    @Test
    void aGbkSheetFromChineseExcelIsStoredAsWrittenAndUndecidableBytesAreRefused() {
        String building = Registry.building(DIVISION, "西夏区大楼E");
        String code = given().auth().oauth2(DevTokens.auditor(DIVISION)).get("/api/v1/buildings/" + building).then().extract().path("code");
        byte[] gbk = (HEADER + code + ",3,301,OFFICE,30.00,,局长办公室,IN_USE,2024-03-01\n").getBytes(java.nio.charset.Charset.forName("GB18030"));
        // As Excel's upload arrives: no charset in the Content-Type (REST Assured would otherwise add ISO-8859-1).
        given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(DevTokens.bureauAdmin(DIVISION)).contentType("text/csv").body(gbk).post("/api/v1/room-imports").then()
                .statusCode(200).body("created", equalTo(1));
        assertEquals("局长办公室", entityManager.createNativeQuery("SELECT function FROM room WHERE building_id = '" + building + "'").getSingleResult());

        // Declared UTF-8 but written in GBK: refused, naming the row, and nothing stored.
        byte[] second = (HEADER + code + ",3,302,OFFICE,30.00,,副局长办公室,IN_USE,2024-03-01\n").getBytes(java.nio.charset.Charset.forName("GB18030"));
        given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).contentType("text/csv; charset=UTF-8").body(second).post("/api/v1/room-imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("UNREADABLE_ENCODING")).body("errors[0].field", equalTo("row[2]"));
        assertEquals(1L, count("SELECT count(*) FROM room WHERE building_id = '" + building + "'"));
    }

    @Test
    void anEditedExportCorrectsTheRoomsItsIdsName() {
        String building = Registry.building(DIVISION, "西夏区大楼F");
        String code = given().auth().oauth2(DevTokens.auditor(DIVISION)).get("/api/v1/buildings/" + building).then().extract().path("code");
        importCsv(HEADER + code + ",2,201,OFFICE,18.00,,办公,IN_USE,2024-03-01\n" + code + ",2,202,OFFICE,18.00,,办公,IN_USE,2024-03-01\n", false)
                .then().statusCode(200).body("created", equalTo(2));
        String export = given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).queryParam("buildingId", building).get("/api/v1/rooms/export")
                .then().statusCode(200).extract().asString();
        String[] lines = export.split("\r\n");
        String corrected = lines[0] + "\n" + lines[1].replace(",18.00,", ",16.50,").replace(",办公,", ",副局长办公室,") + "\n";
        importCsv(corrected, false).then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(1));
        String id = lines[1].substring(0, lines[1].indexOf(','));
        given().auth().oauth2(DevTokens.auditor(DIVISION)).get("/api/v1/rooms/" + id).then().statusCode(200)
                .body("useArea", equalTo(16.50f)).body("function", equalTo("副局长办公室")).header("ETag", "\"1\"");
        // Giving it the number of the other room is refused, naming the row.
        importCsv(lines[0] + "\n" + lines[1].replace(",201,", ",202,") + "\n", false).then().statusCode(422)
                .body("errors[0].field", equalTo("row[2].number"));
    }

    @Test
    void aSheetWithTheWrongColumnsIsRejected() {
        importCsv("building,floor,number\nX,1,101\n", false).then().statusCode(422).body("errors[0].field", equalTo("row[1].building_code"));
        given().auth().oauth2(DevTokens.auditor(DIVISION)).contentType("text/csv").body(HEADER).post("/api/v1/room-imports").then().statusCode(403);
    }

    @Test
    void xlsxSheetsImportAndExportLikeCsv() throws Exception {
        String building = Registry.building(DIVISION, "西夏区大楼D");
        String code = given().auth().oauth2(DevTokens.auditor(DIVISION)).get("/api/v1/buildings/" + building).then().extract().path("code");
        byte[] bad = workbook(code, "-5");
        given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).contentType(XLSX).body(bad).post("/api/v1/room-imports").then().statusCode(422)
                .body("errors[0].field", equalTo("row[3].use_area")).body("errors[0].rejectedValue", equalTo("-5"));
        given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).contentType(XLSX).body(workbook(code, "12.5")).post("/api/v1/room-imports")
                .then().statusCode(200).body("created", equalTo(2));

        byte[] export = given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).queryParam("buildingId", building).queryParam("format", "xlsx")
                .get("/api/v1/rooms/export").then().statusCode(200).contentType(XLSX).extract().asByteArray();
        RoomSheet.Parsed back = RoomSheet.parse(Sheet.read(XLSX, export, RoomSheet.SHEET, RoomSheet.OPTIONAL), Registry.today());
        assertEquals(java.util.List.of(), back.errors());
        assertEquals(java.util.List.of("201", "202"), back.rows().stream().map(RoomSheet.Row::number).toList());
        assertEquals(new java.math.BigDecimal("12.5"), back.rows().get(1).useArea());
        assertEquals(java.time.LocalDate.of(2024, 3, 1), back.rows().get(0).statusSince());
        // The export, with its Chinese headers, imports back as it is: both rooms named by id, nothing changed.
        String before = csvExport(building);
        given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).contentType(XLSX).body(export).post("/api/v1/room-imports").then().statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(2)).body("errors", org.hamcrest.Matchers.hasSize(0));
        assertEquals(before, csvExport(building));
        given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).queryParam("format", "pdf").get("/api/v1/rooms/export").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Two rooms as a bureau's spreadsheet would hold them: numbers as numbers, the date as a date cell. */
    private static byte[] workbook(String building, String secondArea) throws Exception {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet("房间");
            var header = sheet.createRow(0);
            for (int c = 0; c < NEW_ROOM_COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(NEW_ROOM_COLUMNS.get(c));
            }
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            String[][] rooms = {{"201", "18"}, {"202", secondArea}};
            for (int i = 0; i < rooms.length; i++) {
                var row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(building);
                row.createCell(1).setCellValue(2);
                row.createCell(2).setCellValue(rooms[i][0]);
                row.createCell(3).setCellValue("OFFICE");
                row.createCell(4).setCellValue(Double.parseDouble(rooms[i][1]));
                row.createCell(7).setCellValue("IN_USE");
                var since = row.createCell(8);
                since.setCellValue(java.time.LocalDate.of(2024, 3, 1));
                since.setCellStyle(dateStyle);
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static String csvExport(String building) {
        return given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).queryParam("buildingId", building).get("/api/v1/rooms/export").then()
                .statusCode(200).extract().asString();
    }

    private static io.restassured.response.Response importCsv(String csv, boolean dryRun) {
        return given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).contentType("text/csv; charset=UTF-8").queryParam("dryRun", dryRun)
                .body(csv).post("/api/v1/room-imports");
    }

    /** rows rooms over 20 floors; the row at index {@code badIndex} gets a decimal comma. */
    private static String sheet(String building, int rows, int badIndex) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER);
        for (int i = 0; i < rows; i++) {
            int floor = i % 20 + 1;
            csv.append(building).append(',').append(floor).append(',').append(String.format("F%02d-%04d", floor, i / 20 + 1)).append(',')
                    .append(i % 5 == 4 ? "SERVICE" : "OFFICE").append(',').append(i == badIndex ? "\"18,5\"" : "18.00")
                    .append(",,办公,IN_USE,2024-03-01\n");
        }
        return csv.toString();
    }

    private long count(String sql) {
        return ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
