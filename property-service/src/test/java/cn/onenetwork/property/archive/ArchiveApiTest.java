package cn.onenetwork.property.archive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import cn.onenetwork.common.document.DocumentUploads;
import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.property.Fixtures;
import cn.onenetwork.property.Registry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ArchiveApiTest {

    private static final String DIVISION = "640104";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aFloorPlanIsStoredWithItsChecksumAndComesBackIntact() {
        Fixtures.ningxia();
        String building = Registry.building(DIVISION, "兴庆区档案楼");
        String sha = DocumentUploads.sha256(PDF);
        String id = upload(building, "application/pdf", sha, PDF).then().statusCode(201)
                .body("sha256", equalTo(sha)).body("sizeBytes", equalTo(PDF.length)).body("kind", equalTo("FLOOR_PLAN"))
                .extract().path("id");

        given().auth().oauth2(DevTokens.auditor("640000")).queryParam("ownerType", "BUILDING").queryParam("ownerId", building)
                .get("/api/v1/documents").then().statusCode(200).body("", hasSize(1)).body("[0].fileName", equalTo("一层平面图.pdf"));
        byte[] back = given().auth().oauth2(DevTokens.auditor("640000")).get("/api/v1/documents/" + id + "/content").then().statusCode(200)
                .contentType("application/pdf").header("ETag", "\"" + sha + "\"").extract().asByteArray();
        assertArrayEquals(PDF, back);
        given().auth().oauth2(DevTokens.auditor("640105")).get("/api/v1/documents/" + id + "/content").then().statusCode(404);
    }

    @Test
    void anUploadAsOctetStreamIsRecognisedByItsContent() {
        Fixtures.ningxia();
        String building = Registry.building(DIVISION, "兴庆区图纸楼");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
        upload(building, "application/octet-stream", null, PDF).then().statusCode(201).body("contentType", equalTo("application/pdf"));
        upload(building, "application/octet-stream", null, png).then().statusCode(201).body("contentType", equalTo("image/png"));
        upload(building, "application/octet-stream", null, "not a drawing".getBytes(StandardCharsets.UTF_8)).then().statusCode(415)
                .body("code", equalTo("UNSUPPORTED_DOCUMENT_TYPE"));
    }

    @Test
    void damagedOversizedAndForeignUploadsAreRefused() {
        Fixtures.ningxia();
        String building = Registry.building(DIVISION, "兴庆区资料楼");
        upload(building, "application/pdf", "0".repeat(64), PDF).then().statusCode(422).body("code", equalTo("CHECKSUM_MISMATCH"));
        upload(building, "text/plain", null, "hello".getBytes(StandardCharsets.UTF_8)).then().statusCode(415)
                .contentType("application/problem+json").body("code", equalTo("UNSUPPORTED_DOCUMENT_TYPE"));
        upload(building, "application/pdf", null, new byte[20 * 1024 * 1024 + 1]).then().statusCode(413).body("code", equalTo("DOCUMENT_TOO_LARGE"));
        given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).contentType("application/pdf").body(PDF)
                .post("/api/v1/documents").then().statusCode(400).body("errors.field", equalTo(java.util.List.of("ownerType", "ownerId", "kind")));
        given().auth().oauth2(DevTokens.auditor("640000")).queryParam("ownerType", "BUILDING").queryParam("ownerId", building)
                .get("/api/v1/documents").then().statusCode(200).body("", hasSize(0));
    }

    private static io.restassured.response.Response upload(String building, String contentType, String sha, byte[] body) {
        var request = given().auth().oauth2(DevTokens.bureauAdmin(DIVISION)).contentType(contentType)
                .queryParam("ownerType", "BUILDING").queryParam("ownerId", building).queryParam("kind", "FLOOR_PLAN")
                .queryParam("fileName", "一层平面图.pdf").body(body);
        if (sha != null) {
            request.header("X-Content-SHA256", sha);
        }
        return request.post("/api/v1/documents");
    }
}
