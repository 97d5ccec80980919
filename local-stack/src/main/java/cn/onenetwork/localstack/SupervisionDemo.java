package cn.onenetwork.localstack;

import cn.onenetwork.dev.DevTokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * Statistics in 兴庆区: the city's deadline for this year's reports, last year's report submitted and accepted by 银川市
 * (its figures are as of last year's end, before this registry was loaded, so its tables are empty: the frozen snapshot
 * shows the procedure), and this year's report in draft, its figures live. Loading again changes nothing.
 */
final class SupervisionDemo {

    private static final String COUNTY = XingqingDemo.COUNTY;
    private static final Map<String, String> SIGN_OFF = Map.of("filledBy", "马晓红", "phone", "0951-6012345", "signedOffBy", "李建国");

    private SupervisionDemo() {
    }

    static void load(HttpClient http, String gateway) throws IOException, InterruptedException {
        String county = DevTokens.bureauAdmin(COUNTY);
        String city = DevTokens.bureauAdmin("640100");
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        if (!"640100".equals(DemoData.get(http, gateway, city, "/api/v1/statistics-deadlines/" + year).path("setBy").asText())) {
            DemoData.whenKnown(http, gateway, city, "PUT", "/api/v1/statistics-deadlines/" + year,
                    Map.of("dueOn", (year + 1) + "-08-10", "reason", "银川市机关事务管理局关于报送办公用房统计报表的通知（演示）"), null);
        }
        if (submissions(http, gateway, county, year - 1).isEmpty()) {
            JsonNode draft = DemoData.whenKnown(http, gateway, county, "POST", "/api/v1/statistics-submissions", Map.of("reportingYear", year - 1), null);
            String id = draft.path("id").asText();
            JsonNode submitted = DemoData.request(http, gateway, county, "POST", "/api/v1/statistics-submissions/" + id + "/submission", SIGN_OFF,
                    "\"" + draft.path("version").asLong() + "\"");
            DemoData.request(http, gateway, city, "POST", "/api/v1/statistics-submissions/" + id + "/acceptance", Map.of(),
                    "\"" + submitted.path("version").asLong() + "\"");
        }
        if (submissions(http, gateway, county, year).isEmpty()) {
            DemoData.whenKnown(http, gateway, county, "POST", "/api/v1/statistics-submissions", Map.of("reportingYear", year), null);
        }
    }

    private static JsonNode submissions(HttpClient http, String gateway, String token, int year) throws IOException, InterruptedException {
        return DemoData.get(http, gateway, token, "/api/v1/statistics-submissions?reportingYear=" + year + "&divisionCode=" + COUNTY).path("items");
    }
}
