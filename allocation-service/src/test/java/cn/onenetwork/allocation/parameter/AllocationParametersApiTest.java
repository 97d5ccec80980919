package cn.onenetwork.allocation.parameter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.dev.TestDay;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Allocation's local figures: dated rows per division, inherited from the levels above and only ever tightened. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class AllocationParametersApiTest {

    private static final String CITY = "640300";
    private static final String COUNTY = "640323";

    @Test
    void aCountyTightensWhatItInheritsNeverLoosensItAndACityTighteningLaterBindsItAtOnce() {
        String county = DevTokens.bureauAdmin(COUNTY);
        inForce(county, COUNTY).body("maxMonthlyRentPerSquareMetre", equalTo(60.0f)).body("leaseReminderLeadMonths", equalTo(3))
                .body("vacatingDeadlineMonths", equalTo(3)).body("promiseExpiryDays", equalTo(90));

        // Loosening, by the smallest amount too, is refused figure by figure; nothing is written.
        set(county, figures(TestDay.TODAY.toString(), "60.0001", 2, 3, 91)).statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("FIGURES_LOOSENED")).body("errors", hasSize(3))
                .body("errors.find { it.field == 'maxMonthlyRentPerSquareMetre' }.message", equalTo("不得超过 60.0000（上级规定）"))
                .body("errors.find { it.field == 'leaseReminderLeadMonths' }.message", equalTo("不得低于 3（上级规定）"))
                .body("errors.find { it.field == 'promiseExpiryDays' }.rejectedValue", equalTo("91"));
        given().auth().oauth2(county).queryParam("divisionCode", COUNTY).get("/api/v1/allocation-parameters").then().statusCode(200).body("$", hasSize(0));
        // Nor may a row reach into the past.
        set(county, figures(TestDay.TODAY.minusDays(1).toString(), "50", 4, 2, 60)).statusCode(422).body("code", equalTo("FIGURES_BACK_DATED"))
                .body("errors[0].field", equalTo("effectiveFrom"));

        set(county, figures(TestDay.TODAY.toString(), "50", 4, 2, 60)).statusCode(201).body("divisionCode", equalTo(COUNTY))
                .body("maxMonthlyRentPerSquareMetre", equalTo(50.0f));
        inForce(county, COUNTY).body("maxMonthlyRentPerSquareMetre", equalTo(50.0f)).body("leaseReminderLeadMonths", equalTo(4))
                .body("vacatingDeadlineMonths", equalTo(2)).body("promiseExpiryDays", equalTo(60));
        set(county, figures(TestDay.TODAY.toString(), "45", 4, 2, 60)).statusCode(409).body("code", equalTo("PARAMETERS_NOT_AFTER_CURRENT"));

        // The city tightens the rent cap below the county's own row from next month: the county is bound by it from then.
        String city = DevTokens.bureauAdmin(CITY);
        String nextMonth = TestDay.TODAY.plusMonths(1).toString();
        set(city, figures(nextMonth, "40", 3, 3, 90)).statusCode(201);
        inForce(county, COUNTY).body("maxMonthlyRentPerSquareMetre", equalTo(50.0f));
        given().auth().oauth2(county).queryParam("on", nextMonth).get("/api/v1/allocation-parameters/in-force").then().statusCode(200)
                .body("maxMonthlyRentPerSquareMetre", equalTo(40.0f)).body("leaseReminderLeadMonths", equalTo(4)).body("promiseExpiryDays", equalTo(60));
        // And the county can no longer loosen toward its old figure from then on.
        set(county, figures(TestDay.TODAY.plusMonths(2).toString(), "50", 4, 2, 60)).statusCode(422).body("code", equalTo("FIGURES_LOOSENED"))
                .body("errors[0].field", equalTo("maxMonthlyRentPerSquareMetre"));

        // A later row of its own replaces the county's current one from its day; the earlier row keeps its days.
        set(county, figures(TestDay.TODAY.plusMonths(3).toString(), "38", 4, 2, 60)).statusCode(201);
        given().auth().oauth2(county).queryParam("divisionCode", COUNTY).get("/api/v1/allocation-parameters").then().statusCode(200).body("$", hasSize(2))
                .body("[0].effectiveTo", equalTo(TestDay.TODAY.plusMonths(3).toString())).body("[1].effectiveTo", equalTo(null));

        // Only a bureau sets figures, each for its own division; another county reads none of this county's rows.
        given().auth().oauth2(DevTokens.agencyUser(COUNTY, "11640323MB0000001A")).contentType(ContentType.JSON)
                .body(figures(nextMonth, "40", 4, 2, 60)).post("/api/v1/allocation-parameters").then().statusCode(403);
        given().auth().oauth2(DevTokens.bureauAdmin("640324")).queryParam("divisionCode", COUNTY).get("/api/v1/allocation-parameters").then()
                .statusCode(404);
        given().auth().oauth2(county).queryParam("divisionCode", COUNTY).get("/api/v1/allocation-parameters").then().statusCode(200).body("$", hasSize(2))
                .body("[0].source", equalTo("同心县机关事务管理局〔2026〕9号"));
    }

    @Test
    void badFiguresAreTheCallersError() {
        String county = DevTokens.bureauAdmin("640324");
        set(county, figures(TestDay.TODAY.toString(), "0", 3, 3, 90)).statusCode(400).body("errors[0].field", equalTo("maxMonthlyRentPerSquareMetre"));
        set(county, figures(TestDay.TODAY.toString(), "60", 0, 3, 90)).statusCode(400).body("errors[0].field", equalTo("leaseReminderLeadMonths"));
        given().auth().oauth2(county).queryParam("on", "tomorrow").get("/api/v1/allocation-parameters/in-force").then().statusCode(400);
    }

    private static Map<String, Object> figures(String from, String rentCap, int lead, int vacating, int promise) {
        Map<String, Object> body = new HashMap<>(Map.of("effectiveFrom", from, "maxMonthlyRentPerSquareMetre", rentCap, "leaseReminderLeadMonths", lead,
                "vacatingDeadlineMonths", vacating, "promiseExpiryDays", promise));
        body.put("source", "同心县机关事务管理局〔2026〕9号");
        return body;
    }

    private static ValidatableResponse set(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/allocation-parameters").then();
    }

    private static ValidatableResponse inForce(String token, String division) {
        return given().auth().oauth2(token).queryParam("divisionCode", division).get("/api/v1/allocation-parameters/in-force").then().statusCode(200);
    }
}
