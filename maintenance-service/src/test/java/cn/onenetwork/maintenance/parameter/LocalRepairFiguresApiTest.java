package cn.onenetwork.maintenance.parameter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.maintenance.ReadModels;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A division inherits the repair figures of the levels above and may only tighten them, from today on (issue 18 item 17). Each test has its own city. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class LocalRepairFiguresApiTest {

    private final LocalDate today = ReadModels.today();

    @Test
    void aCountyRaisingItsTenderThresholdAboveItsCitysIsRefusedNamingEachLoosenedFigure() {
        String city = "640500";
        String county = "640521";
        set(city, figures(today, "450000.00")).statusCode(201);

        set(county, figures(today, "450000.01")).statusCode(422).contentType("application/problem+json").body("code", equalTo("FIGURES_LOOSENED"))
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("tenderFrom")).body("errors[0].rejectedValue", equalTo("450000.01"))
                .body("errors[0].message", equalTo("不高于从上级继承的 450000.00"))
                .body("detail", equalTo("行政区划 " + county + " 自 " + today + " 起只能收紧从上级继承的参数：tenderFrom 为 450000.01，继承值为 450000.00"));
        Map<String, Object> looser = figures(today, "600000");
        looser.put("yearsBeforeMediumRepair", 14);
        looser.put("declarationDeadline", "04-01");
        given().auth().oauth2(DevTokens.bureauAdmin(county)).header("Accept-Language", "en").contentType("application/json").body(looser)
                .post("/api/v1/repair-parameters").then().statusCode(422).header("Content-Language", "en").body("code", equalTo("FIGURES_LOOSENED"))
                .body("errors.field", equalTo(List.of("yearsBeforeMediumRepair", "tenderFrom", "declarationDeadline")))
                .body("errors.rejectedValue", equalTo(List.of("14", "600000", "04-01")))
                .body("errors[0].message", equalTo("at least 15, inherited from the levels above"))
                .body("errors[2].message", equalTo("no later than 03-31, inherited from the levels above"))
                .body("detail", containsString(": yearsBeforeMediumRepair 14 against 15, tenderFrom 600000 against 450000.00, declarationDeadline 04-01 against 03-31"));
        inForce(county, today).body("tenderFrom", equalTo(450000.00f)).body("rows", hasSize(2)).body("rows[0].divisionCode", equalTo(city));
    }

    @Test
    void aCountyTighteningItsFiguresHasThemInForceFromItsDay() {
        String county = "640202";
        Map<String, Object> tighter = figures(today.plusDays(1), "300000");
        tighter.put("yearsBeforeMediumRepair", 20);
        tighter.put("declarationDeadline", "02-28");
        tighter.put("weights", List.of("0.5", "0.1", "0.1", "0.2", "0.1"));
        long id = set(county, tighter).statusCode(201).body("divisionCode", equalTo(county)).extract().jsonPath().getLong("id");

        inForce(county, today).body("tenderFrom", equalTo(500000.00f)).body("rows", hasSize(1)).body("rows[0].divisionCode", equalTo(null));
        inForce(county, today.plusDays(1)).body("divisionCode", equalTo(county)).body("tenderFrom", equalTo(300000.00f))
                .body("yearsBeforeMediumRepair", equalTo(20)).body("declarationDeadline", equalTo("02-28")).body("smallBelow", equalTo(50000.00f))
                .body("weights", equalTo(List.of(0.5f, 0.1f, 0.1f, 0.2f, 0.1f))).body("decidedBy.tenderFrom", equalTo((int) id))
                .body("decidedBy.weightAge", equalTo((int) id)).body("rows.divisionCode", equalTo(Arrays.asList(county, null)));
    }

    @Test
    void aCityTighteningLaterBindsTheCountyThatSetItsOwnRowEarlier() {
        String city = "640400";
        String county = "640402";
        Map<String, Object> own = figures(today, "400000");
        own.put("weights", List.of("0.4", "0.1", "0.2", "0.2", "0.1"));
        long countyRow = set(county, own).statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> cityLater = figures(today.plusDays(30), "300000");
        cityLater.put("smallBelow", "40000");
        long cityRow = set(city, cityLater).statusCode(201).extract().jsonPath().getLong("id");

        inForce(county, today.plusDays(29)).body("tenderFrom", equalTo(400000.00f)).body("smallBelow", equalTo(50000.00f))
                .body("decidedBy.tenderFrom", equalTo((int) countyRow));
        inForce(county, today.plusDays(30)).body("tenderFrom", equalTo(300000.00f)).body("smallBelow", equalTo(40000.00f))
                .body("decidedBy.tenderFrom", equalTo((int) cityRow)).body("decidedBy.smallBelow", equalTo((int) cityRow))
                // The weights are no limit: the county's own still apply.
                .body("weights[0]", equalTo(0.4f)).body("decidedBy.weightAge", equalTo((int) countyRow))
                .body("rows.divisionCode", equalTo(Arrays.asList(county, city, null)));
        // What the county inherits from that day on is the city's, so its next row may not go back above it.
        set(county, figures(today.plusDays(30), "400000")).statusCode(422).body("code", equalTo("FIGURES_LOOSENED"))
                .body("errors.field", equalTo(List.of("smallBelow", "tenderFrom")));
    }

    @Test
    void figuresStartFromTodayOnAndAfterTheRowInForce() {
        String county = "640302";
        set(county, figures(today.minusDays(1), "500000")).statusCode(422).contentType("application/problem+json").body("code", equalTo("FIGURES_BACK_DATED"))
                .body("errors[0].field", equalTo("effectiveFrom")).body("errors[0].rejectedValue", equalTo(today.minusDays(1).toString()))
                .body("detail", containsString(today.toString()));
        given().auth().oauth2(DevTokens.auditor(county)).queryParam("divisionCode", county).get("/api/v1/repair-parameters").then().statusCode(200)
                .body("", hasSize(0));
        set(county, figures(today, "500000")).statusCode(201).body("effectiveFrom", equalTo(today.toString()));
        set(county, figures(today, "490000")).statusCode(409).body("code", equalTo("PARAMETERS_NOT_AFTER_CURRENT"));
        set(county, figures(today.plusDays(1), "490000")).statusCode(201);
        given().auth().oauth2(DevTokens.auditor(county)).queryParam("divisionCode", county).get("/api/v1/repair-parameters").then().statusCode(200)
                .body("effectiveTo", equalTo(Arrays.asList(today.plusDays(1).toString(), null)));
    }

    /** The platform's defaults with the tender threshold given. */
    private static Map<String, Object> figures(LocalDate from, String tenderFrom) {
        return new HashMap<>(Map.of("effectiveFrom", from.toString(), "yearsBeforeMediumRepair", 15, "maxExtensionRatio", "0.15", "smallBelow", "50000",
                "tenderFrom", tenderFrom, "declarationDeadline", "03-31", "replacementValuePerM2", "4000", "energyReference", "100",
                "weights", List.of("0.2", "0.2", "0.25", "0.25", "0.1"), "source", "机关事务管理局〔2026〕1号"));
    }

    private static ValidatableResponse set(String division, Map<String, Object> figures) {
        return given().auth().oauth2(DevTokens.bureauAdmin(division)).contentType("application/json").body(figures).post("/api/v1/repair-parameters").then();
    }

    private static ValidatableResponse inForce(String division, LocalDate on) {
        return given().auth().oauth2(DevTokens.auditor(division)).queryParam("divisionCode", division).queryParam("on", on.toString())
                .get("/api/v1/repair-parameters/in-force").then().statusCode(200);
    }
}
