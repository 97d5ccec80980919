package cn.onenetwork.property.parcel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.property.Fixtures;
import cn.onenetwork.property.Registry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ParcelApiTest {

    private static final String XINGQING = "640104";

    @BeforeEach
    void divisions() {
        Fixtures.ningxia();
    }

    @Test
    void buildingsStandOnAParcelOfTheirDivisionAndTitlesHangOnParcelsToo() {
        String parcel = parcel(XINGQING, "640104-003-0012");
        String building = building(XINGQING, parcel).then().statusCode(201).body("parcelId", equalTo(parcel)).extract().path("id");
        given().auth().oauth2(DevTokens.auditor(XINGQING)).get("/api/v1/parcels/" + parcel).then().statusCode(200)
                .body("buildings", equalTo(1)).body("landUseType", equalTo("ALLOCATED")).header("ETag", "\"0\"");

        // A building of another division cannot stand on it.
        String foreign = parcel("640105", "640105-001-0001");
        building(XINGQING, foreign).then().statusCode(404);
        given().auth().oauth2(DevTokens.bureauAdmin("640105")).contentType(ContentType.JSON).body(buildingBody("640105", parcel))
                .post("/api/v1/buildings").then().statusCode(404);
        // The region sees the county's parcel, but its own building cannot stand on county land.
        given().auth().oauth2(DevTokens.bureauAdmin("640000")).contentType(ContentType.JSON).body(buildingBody("640000", parcel))
                .post("/api/v1/buildings").then().statusCode(422).body("code", equalTo("PARCEL_IN_OTHER_DIVISION"));

        String title = given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).contentType(ContentType.JSON)
                .body(Map.of("parcelId", parcel, "state", "RECORDS_MISSING", "reason", "土地证遗失")).post("/api/v1/titles")
                .then().statusCode(201).body("parcelId", equalTo(parcel)).body("buildingId", equalTo(null)).extract().path("id");
        given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).contentType(ContentType.JSON)
                .body(Map.of("parcelId", parcel, "state", "RECORDS_MISSING", "reason", "again")).post("/api/v1/titles").then().statusCode(409);
        given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).contentType(ContentType.JSON)
                .body(Map.of("parcelId", parcel, "buildingId", building, "state", "RECORDS_MISSING", "reason", "both")).post("/api/v1/titles")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("buildingId", "parcelId"));
        given().auth().oauth2(DevTokens.auditor(XINGQING)).get("/api/v1/titles/" + title).then().statusCode(200).body("history.size()", equalTo(1));

        // Documents attach to parcels.
        given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).contentType("application/pdf").queryParam("ownerType", "PARCEL")
                .queryParam("ownerId", parcel).queryParam("kind", "SURVEY").queryParam("fileName", "宗地图.pdf")
                .body("%PDF-1.4 parcel survey".getBytes()).post("/api/v1/documents").then().statusCode(201);
        given().auth().oauth2(DevTokens.auditor(XINGQING)).queryParam("ownerType", "PARCEL").queryParam("ownerId", parcel)
                .get("/api/v1/documents").then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void parcelsAreScopedAndValidated() {
        String parcel = parcel(XINGQING, "640104-003-0099");
        given().auth().oauth2(DevTokens.auditor("640105")).get("/api/v1/parcels/" + parcel).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(DevTokens.auditor("640000")).get("/api/v1/parcels/" + parcel).then().statusCode(200);
        given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).contentType(ContentType.JSON)
                .body(Map.of("divisionCode", XINGQING, "code", "640104-003-0099", "name", "重复", "address", "x", "landArea", "10.00"))
                .post("/api/v1/parcels").then().statusCode(409).body("code", equalTo("DUPLICATE_PARCEL_CODE"));
        given().auth().oauth2(DevTokens.bureauAdmin(XINGQING)).contentType(ContentType.JSON)
                .body(Map.of("divisionCode", XINGQING, "code", "P 1", "name", "", "address", "x", "landArea", "-1"))
                .post("/api/v1/parcels").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("code", "name", "landArea"));
        given().auth().oauth2(DevTokens.bureauAdmin("640000")).contentType(ContentType.JSON)
                .body(Map.of("divisionCode", XINGQING, "code", "P-2", "name", "n", "address", "x", "landArea", "10.00"))
                .post("/api/v1/parcels").then().statusCode(403);
    }

    private static String parcel(String division, String code) {
        return Registry.post(division, "/api/v1/parcels", Map.of("divisionCode", division, "code", code, "name", "院落 " + code,
                "address", "银川市", "landArea", "26000.00", "landUseType", "ALLOCATED"));
    }

    private static io.restassured.response.Response building(String division, String parcel) {
        return given().auth().oauth2(DevTokens.bureauAdmin(division)).contentType(ContentType.JSON).body(buildingBody(division, parcel))
                .post("/api/v1/buildings");
    }

    private static Map<String, Object> buildingBody(String division, String parcel) {
        Map<String, Object> body = new HashMap<>();
        body.put("divisionCode", division);
        body.put("parcelId", parcel);
        body.put("code", "PB-" + System.nanoTime());
        body.put("name", "院内楼");
        body.put("address", "银川市");
        body.put("storeysAbove", 5);
        body.put("storeysBelow", 0);
        body.put("grossFloorArea", "5000.00");
        body.put("origin", "FISCAL_FUNDING");
        return body;
    }
}
