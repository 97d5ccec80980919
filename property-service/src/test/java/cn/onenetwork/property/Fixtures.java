package cn.onenetwork.property;

import static io.restassured.RestAssured.given;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.property.organisation.UnifiedSocialCreditCode;
import io.restassured.http.ContentType;
import java.util.Map;

/** Registers the Ningxia divisions the tests need; safe to call from every test class. */
public final class Fixtures {

    private Fixtures() {
    }

    public static void ningxia() {
        division(DevTokens.bureauAdmin("100000"), "640000", "宁夏回族自治区", "PROVINCIAL", "100000");
        String region = DevTokens.bureauAdmin("640000");
        division(region, "640100", "银川市", "MUNICIPAL", "640000");
        division(region, "640104", "兴庆区", "COUNTY", "640100");
        division(region, "640105", "西夏区", "COUNTY", "640100");
    }

    private static void division(String token, String code, String name, String level, String parent) {
        int status = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name, "level", level, "parentCode", parent))
                .post("/api/v1/divisions").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("registering " + code + " answered " + status);
        }
    }

    /** A valid credit code for an organ (registration authority 1, category 1) of the division (a township uses its county's code). */
    public static String creditCode(String division, int serial) {
        String first17 = "11" + division.substring(0, 6) + String.format("MB%07d", serial);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }
}
