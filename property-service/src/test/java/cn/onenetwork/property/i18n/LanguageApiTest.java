package cn.onenetwork.property.i18n;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.property.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same request answers in Chinese by default and in English when the caller asks, with the same code. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class LanguageApiTest {

    private static final String XINGQING = "640104";

    @BeforeEach
    void divisions() {
        Fixtures.ningxia();
    }

    @Test
    void aRefusedTitleIsChineseByDefaultAndEnglishOnRequest() {
        openTitleWithoutSubject(null).header("Content-Language", "zh-CN")
                .body("title", equalTo("请求无效"))
                .body("detail", equalTo("请指明该权属所属的楼座或宗地，二者只能选其一"))
                .body("errors.message", hasItem("楼座或宗地，二者选其一"));
        openTitleWithoutSubject("en").header("Content-Language", "en")
                .body("title", equalTo("Bad request"))
                .body("detail", equalTo("Name the building or the parcel whose title this is, not both"))
                .body("errors.message", hasItem("name either a building or a parcel"));
        // Quality values are honoured, and a language the platform does not speak falls back to Chinese.
        openTitleWithoutSubject("fr, en;q=0.8, zh;q=0.5").header("Content-Language", "en");
        openTitleWithoutSubject("fr").header("Content-Language", "zh-CN").body("title", equalTo("请求无效"));
    }

    @Test
    void aRecordNotFoundNamesItsKindInTheReadersLanguage() {
        UUID id = UUID.randomUUID();
        room(id, null).header("Content-Language", "zh-CN").body("detail", equalTo("房间 " + id + " 不存在，或不在您的管辖范围内"));
        room(id, "en").header("Content-Language", "en").body("detail", equalTo("Room " + id + " does not exist or is outside your scope"));
    }

    @Test
    void theModulesOwnBeanValidationMessagesAreLocalisedToo() {
        registerDivision(null).header("Content-Language", "zh-CN").body("errors.message", hasItem("应为 6、9 或 12 位数字的 GB/T 2260 行政区划代码"));
        registerDivision("en").header("Content-Language", "en").body("errors.message", hasItem("must be a GB/T 2260 code of 6, 9 or 12 digits"));
    }

    @Test
    void aDryRunReportsEachRowsProblemInTheReadersLanguage() {
        String sheet = "building_code,floor,number,category,use_area,building_area,function,status,status_since\nNO-SUCH,3,301,OFFICE,\"18,5\",,,IN_USE,\n";
        importRooms(sheet, null).body("dryRun", equalTo(true)).body("errors.message", hasItem("不是数字（请填写如 18.50，不带单位）"))
                .body("errors.message", hasItem("行政区划 640104 没有此编码的楼座"));
        importRooms(sheet, "en").body("errors.message", hasItem("is not a number (write 18.50, no unit)"))
                .body("errors.message", hasItem("no building with this code in division 640104"));
    }

    private static ValidatableResponse openTitleWithoutSubject(String language) {
        var request = given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).contentType(ContentType.JSON);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.body(Map.of("state", "RECORDS_MISSING", "reason", "档案遗失")).post("/api/v1/titles").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("VALIDATION_FAILED"));
    }

    private static ValidatableResponse room(UUID id, String language) {
        var request = given().auth().oauth2(DevTokens.auditor(XINGQING));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.get("/api/v1/rooms/" + id).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    private static ValidatableResponse registerDivision(String language) {
        var request = given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).contentType(ContentType.JSON);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.body(Map.of("code", "64A", "name", "某镇", "level", "TOWNSHIP", "parentCode", XINGQING)).post("/api/v1/divisions").then()
                .statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    private static ValidatableResponse importRooms(String csv, String language) {
        var request = given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).contentType("text/csv; charset=UTF-8");
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.queryParam("dryRun", true).body(csv).post("/api/v1/room-imports").then().statusCode(200);
    }
}
