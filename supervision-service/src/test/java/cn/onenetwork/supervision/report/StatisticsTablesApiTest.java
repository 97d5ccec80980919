package cn.onenetwork.supervision.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestDay;
import cn.onenetwork.supervision.Ledger;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The national tables of a county as of a day, in JSON, XLSX and CSV, from the registry's and allocation's events. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class StatisticsTablesApiTest {

    @Inject
    EntityManager entityManager;

    String province;
    String city;
    String county;
    String otherCounty;
    UUID education;
    UUID tax;
    UUID mainBuilding;
    UUID office301;

    /** 教育局 and a vertically managed 税务局 in one office building, a leased technical building, and a project. */
    @BeforeEach
    void registry() {
        Ledger ledger = new Ledger(entityManager);
        province = ledger.province("测试自治区");
        city = province.substring(0, 2) + "0100";
        county = province.substring(0, 2) + "0104";
        otherCounty = province.substring(0, 2) + "0105";
        ledger.division(city, "测试市", "MUNICIPAL", province);
        ledger.division(county, "甲区", "COUNTY", city);
        ledger.division(otherCounty, "乙区", "COUNTY", city);
        education = ledger.agency(county, "甲区教育局", "COUNTY", "AGENCY_PROPER", Map.of("COUNTY_HEAD", 1, "SECTION_CHIEF", 3, "BELOW_SECTION", 20));
        tax = ledger.agency(county, "甲区税务局", "COUNTY", "VERTICAL_BRANCH", Map.of("DEPUTY_COUNTY_HEAD", 2));
        UUID parcel = ledger.parcel(county, "12000.00");
        mainBuilding = ledger.building(county, parcel, "8600.00", 2003, "FISCAL_FUNDING", Ledger.SETUP_DAY);
        ledger.title(mainBuilding, county, "REGISTERED_TO_BUREAU", true);
        office301 = ledger.room(mainBuilding, county, "301", "OFFICE", "18.00", "24.00", Ledger.SETUP_DAY);
        UUID office302 = ledger.room(mainBuilding, county, "302", "OFFICE", "30.00", "40.00", Ledger.SETUP_DAY);
        UUID service = ledger.room(mainBuilding, county, "101", "SERVICE", "20.00", "26.00", Ledger.SETUP_DAY);
        UUID ancillary = ledger.room(mainBuilding, county, "B01", "ANCILLARY", "50.00", "60.00", Ledger.SETUP_DAY);
        UUID lab = ledger.room(mainBuilding, county, "401", "TECHNICAL", "100.00", "120.00", Ledger.SETUP_DAY);
        ledger.room(mainBuilding, county, "B02", "EQUIPMENT", "10.00", "13.00", Ledger.SETUP_DAY);
        LocalDate since = LocalDate.of(2020, 1, 1);
        ledger.holding(office301, education, county, since);
        ledger.holding(service, education, county, since);
        ledger.holding(ancillary, education, county, since);
        ledger.holding(office302, tax, county, since);
        ledger.holding(lab, tax, county, since);
        UUID station = ledger.building(county, null, "400.00", 2010, "LEASED", Ledger.SETUP_DAY);
        ledger.holding(ledger.room(station, county, "1", "TECHNICAL", "300.00", "350.00", Ledger.SETUP_DAY), tax, county, since);
        ledger.construction(county, "甲区综合办公楼", "5000.00", "18000000.00", "HANDED_OFF", education);
        ledger.construction(county, "未通过审查的项目", "900.00", "1000000.00", "NOT_NECESSARY", education);
        // A room registered yesterday, and 301 measured anew today.
        ledger.room(mainBuilding, county, "303", "OFFICE", "12.00", "16.00", TestDay.TODAY.minusDays(1));
        ledger.change(office301, "cn.onenetwork.property.room.updated.v1", "useArea", "20.00", TestDay.TODAY);
        ledger.applied();
    }

    @Test
    void aCountysOfficeSpaceHasARowPerUnitPerBuildingWithTheBuildingsCellsAndTotalsCountedOnce() {
        JsonPath t = given().auth().oauth2(DevTokens.bureauAdmin(county)).queryParam("asOf", TestDay.TODAY.minusDays(2).toString())
                .get("/api/v1/statistics-tables").then().statusCode(200).header("Content-Language", "zh-CN")
                .body("division.statisticalCode", equalTo(county + "000000"))
                .body("officeSpace.staffingColumns.label", contains("县级正职", "县级副职", "正科", "副科", "科级以下"))
                .body("officeSpace.rows", hasSize(3))
                .body("technicalSpace.rows", hasSize(1))
                .body("constructionProjects.rows", hasSize(1)).extract().body().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        String education = "officeSpace.rows.find { it.agencyName == '甲区教育局' }";
        assertEquals(1, t.getInt(education + ".serial"));
        assertEquals("AGENCY_PROPER", t.getString(education + ".agencyCategory"));
        assertEquals(24, t.getInt(education + ".approvedStaffingTotal"));
        assertEquals(3, t.getInt(education + ".approvedStaffing.SECTION_CHIEF"));
        assertEquals(0, t.getInt(education + ".approvedStaffing.DEPUTY_COUNTY_HEAD"));
        assertEquals("18.00", t.getString(education + ".officeUseArea"));
        assertEquals("20.00", t.getString(education + ".serviceUseArea"));
        assertEquals("38.00", t.getString(education + ".basicUseArea"));
        assertEquals("60.00", t.getString(education + ".ancillaryBuildingArea"));
        assertEquals("163.00", t.getString(education + ".officeBuildingArea"), "the basic office and ancillary rooms' building area");
        assertEquals("120.00", t.getString(education + ".technicalBuildingArea"));
        assertEquals("UNIFIED_UNDER_BUREAU", t.getString(education + ".titleRegistration"));
        assertEquals("VERTICAL_BRANCH", t.getString("officeSpace.rows.find { it.agencyName == '甲区税务局' }.agencyCategory"));
        assertEquals("无使用单位的房间", t.getString("officeSpace.rows.find { it.agencyName == null }.remark"));
        assertEquals("10.00", t.getString("officeSpace.rows.find { it.agencyName == null }.equipmentUseArea"));
        assertEquals("OTHER", t.getString("technicalSpace.rows[0].titleRegistration"), "a leased building without a title of ours");
        assertEquals("甲区税务局", t.getString("technicalSpace.rows[0].mainUnit"));
        assertEquals("已移交发展改革部门立项", t.getString("constructionProjects.rows[0].remark"));

        assertEquals(1, t.getInt("officeSpace.totals.buildings"));
        assertEquals(2, t.getInt("officeSpace.totals.units"));
        assertEquals("12000.00", t.getString("officeSpace.totals.figures.landArea"));
        assertEquals("8600.00", t.getString("officeSpace.totals.figures.grossFloorArea"));
        assertEquals(26, t.getInt("officeSpace.totals.figures.approvedStaffing"));
        assertEquals("48.00", t.getString("officeSpace.totals.figures.officeUseArea"));
        assertEquals("78.00", t.getString("officeSpace.totals.figures.basicUseArea"));
        assertEquals(1, t.getInt("officeSpace.totals.figures.technicalBuildings"));
        assertEquals("400.00", t.getString("officeSpace.totals.figures.technicalBuildingsGrossArea"));
        assertEquals("18000000.00", t.getString("officeSpace.totals.figures.constructionInvestment"));
    }

    @Test
    void aReportAsOfTheDayBeforeARoomWasRegisteredLacksItAndHasItFromThatDay() {
        String token = DevTokens.bureauAdmin(county);
        String office = "officeSpace.totals.figures.officeUseArea";
        given().auth().oauth2(token).queryParam("asOf", TestDay.TODAY.minusDays(2).toString()).get("/api/v1/statistics-tables").then().statusCode(200)
                .body(office, equalTo(48.00f));
        given().auth().oauth2(token).queryParam("asOf", TestDay.TODAY.minusDays(1).toString()).get("/api/v1/statistics-tables").then().statusCode(200)
                .body(office, equalTo(60.00f));
        given().auth().oauth2(token).get("/api/v1/statistics-tables").then().statusCode(200)
                .body(office, equalTo(62.00f)).body("asOf", equalTo(TestDay.TODAY.toString()));
        given().auth().oauth2(token).queryParam("asOf", Ledger.SETUP_DAY.minusDays(1).toString()).get("/api/v1/statistics-tables").then().statusCode(200)
                .body("officeSpace.rows", hasSize(0)).body("officeSpace.totals.figures.grossFloorArea", equalTo(0.00f));
    }

    @Test
    void theWorkbookIsLaidOutAsTheNationalTemplateAndNamedByTheNationalRule() throws IOException {
        byte[] xlsx = given().auth().oauth2(DevTokens.bureauAdmin(county)).queryParam("asOf", TestDay.TODAY.minusDays(2).toString())
                .get("/api/v1/statistics-tables/sheet").then().statusCode(200)
                .header("Content-Type", ReportWorkbook.XLSX)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("filename*=UTF-8''"
                        + java.net.URLEncoder.encode("测试自治区-测试市-甲区-" + county + "000000.xlsx", StandardCharsets.UTF_8)))
                .extract().asByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("行政区划信息", workbook.getSheetName(0));
            assertEquals(county + "000000", workbook.getSheet("行政区划信息").getRow(ReportWorkbook.FIRST_DATA_ROW).getCell(2).getStringCellValue());
            Sheet office = workbook.getSheet("办公用房信息");
            assertEquals("办公用房信息", office.getRow(0).getCell(0).getStringCellValue());
            Row top = office.getRow(2);
            Row bottom = office.getRow(3);
            assertEquals("序号", top.getCell(0).getStringCellValue());
            assertEquals("地址坐落", top.getCell(1).getStringCellValue());
            assertEquals("用地面积", top.getCell(3).getStringCellValue());
            assertEquals("使用单位", top.getCell(7).getStringCellValue());
            assertEquals("名称", bottom.getCell(7).getStringCellValue());
            assertEquals("类别", bottom.getCell(8).getStringCellValue());
            assertEquals("批复编制", top.getCell(9).getStringCellValue());
            assertEquals("县级正职", bottom.getCell(9).getStringCellValue());
            assertEquals("合计", bottom.getCell(14).getStringCellValue());
            assertEquals("基本办公用房使用面积", top.getCell(15).getStringCellValue());
            assertEquals("办公室", bottom.getCell(15).getStringCellValue());
            assertEquals("附属用房建筑面积", top.getCell(19).getStringCellValue());
            assertEquals("权属登记情况", top.getCell(20).getStringCellValue());
            assertEquals("是否为租(借)用", top.getCell(22).getStringCellValue());
            assertTrue(merged(office, 2, 2, 9, 14), "批复编制 spans its rank columns and their total");
            assertTrue(merged(office, 2, 3, 0, 0), "序号 spans both header rows");
            int first = ReportWorkbook.FIRST_DATA_ROW;
            assertTrue(merged(office, first, first + 2, 1, 1), "the building's address is merged down its three unit rows");
            assertTrue(merged(office, first, first + 2, 20, 20), "and so is its title registration");
            assertTrue(office.getMergedRegions().stream().noneMatch(r -> r.getFirstColumn() == 15 && r.getFirstRow() >= first),
                    "a unit's own figures are never merged");
            assertEquals("已统一登记到机关事务管理部门名下", office.getRow(first).getCell(20).getStringCellValue());
            assertEquals("甲区教育局", office.getRow(first).getCell(7).getStringCellValue());
            assertEquals("机关本级", office.getRow(first).getCell(8).getStringCellValue());
            assertEquals("0.00", office.getRow(first).getCell(15).getCellStyle().getDataFormatString());
            Row totals = office.getRow(first + 3);
            assertEquals("合计", totals.getCell(0).getStringCellValue());
            assertEquals(48.00, totals.getCell(15).getNumericCellValue(), 0.001);
            assertEquals(26, totals.getCell(14).getNumericCellValue(), 0.001);
            Sheet projects = workbook.getSheet("办公用房建设项目信息");
            assertEquals("估算投资(万元)", projects.getRow(2).getCell(7).getStringCellValue());
            assertEquals(1800.00, projects.getRow(first).getCell(7).getNumericCellValue(), 0.001, "18,000,000 yuan is 1800.00 万元");
            assertEquals("发展和改革局", projects.getRow(first).getCell(2).getStringCellValue());
            Sheet technical = workbook.getSheet("办公区外技术业务用房信息");
            assertEquals("主要使用单位", technical.getRow(2).getCell(5).getStringCellValue());
            assertEquals("其他情况", technical.getRow(first).getCell(6).getStringCellValue());
        }
    }

    @Test
    void theCsvIsTheOfficeSpaceTableInTheReadersLanguage() {
        String csv = given().auth().oauth2(DevTokens.auditor(city)).queryParam("divisionCode", county).queryParam("format", "csv")
                .queryParam("asOf", TestDay.TODAY.minusDays(2).toString()).get("/api/v1/statistics-tables/sheet").then().statusCode(200).extract().asString();
        String[] lines = csv.split("\r\n");
        assertTrue(lines[0].startsWith("序号,地址坐落,行政区划,用地面积"), lines[0]);
        assertTrue(lines[0].contains("使用单位-名称,使用单位-类别,批复编制-县级正职"), lines[0]);
        assertEquals(5, lines.length, "three rows and the totals after the header");
        assertTrue(lines[4].startsWith("合计,"), lines[4]);
        String english = given().auth().oauth2(DevTokens.auditor(city)).header("Accept-Language", "en").queryParam("divisionCode", county)
                .queryParam("format", "CSV").get("/api/v1/statistics-tables/sheet").then().statusCode(200).header("Content-Language", "en").extract().asString();
        assertTrue(english.startsWith("No.,Address,Division,Land area"), english);
        assertTrue(english.contains("Vertically managed branch"), english);
    }

    @Test
    void anotherCountyCannotReadThisOneAndNoDayInTheFutureIsCounted() {
        given().auth().oauth2(DevTokens.bureauAdmin(otherCounty)).queryParam("divisionCode", county).get("/api/v1/statistics-tables").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.bureauAdmin(otherCounty)).queryParam("divisionCode", county).get("/api/v1/statistics-tables/sheet").then()
                .statusCode(404);
        given().auth().oauth2(DevTokens.agencyUser(county, "11" + county + "0000000001")).get("/api/v1/statistics-tables").then().statusCode(403);
        given().auth().oauth2(DevTokens.bureauAdmin(county)).queryParam("asOf", TestDay.TODAY.plusDays(1).toString()).get("/api/v1/statistics-tables")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("asOf"));
        given().auth().oauth2(DevTokens.bureauAdmin(county)).queryParam("asOf", "2025-13-01").get("/api/v1/statistics-tables").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        given().auth().oauth2(DevTokens.bureauAdmin(county)).queryParam("format", "CSV").queryParam("table", "CONSTRUCTION_PROJECTS")
                .get("/api/v1/statistics-tables/sheet").then().statusCode(400).body("errors[0].field", equalTo("table"))
                .body("detail", org.hamcrest.Matchers.containsString("XLSX"));
        given().auth().oauth2(DevTokens.bureauAdmin(city)).get("/api/v1/statistics-tables").then().statusCode(200)
                .body("officeSpace.rows", hasSize(0)).body("division.filledBy", nullValue());
    }

    private static boolean merged(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getFirstRow() == firstRow && region.getLastRow() == lastRow && region.getFirstColumn() == firstColumn
                    && region.getLastColumn() == lastColumn) {
                return true;
            }
        }
        return false;
    }
}
