package cn.onenetwork.localstack;

import cn.onenetwork.dev.DevTokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Repairs in 兴庆区: projects at every stage of the procedure (one in progress with its rooms under repair, one accepted),
 * a rejected one with its reason, the reserve with its scores, the next year's approved plan, routine repairs, and an
 * inspection whose finding is overdue. The county's repair figures are tighter than the region's, which are tighter than the
 * platform's defaults: GET /api/v1/repair-parameters/in-force?divisionCode=640104 shows each figure with the row it comes from.
 */
final class MaintenanceDemo {

    private static final String COUNTY = XingqingDemo.COUNTY;
    private static final String SERVICE_CENTRE = "11640104MB0000001U";
    private static final String AUDIT = "11640104MB0000202A";
    private static final String ARCHIVES = "11640104MB0000203D";
    private static final String STATISTICS = "11640104MB0000206N";
    private static final String DATA_BUREAU = "11640104MB00002017";
    private static final String MEDIA_CENTRE = "11640104MB0000207R";

    private MaintenanceDemo() {
    }

    static void load(HttpClient http, String gateway) throws IOException, InterruptedException {
        String token = DevTokens.bureauAdmin(COUNTY);
        String city = DevTokens.bureauAdmin("640100");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int year = today.getYear() + 1;

        // Local figures from today: the region lowers the tender threshold, the county lowers it further and closes declarations earlier.
        DemoData.send(http, gateway, DevTokens.bureauAdmin("640000"), "/api/v1/repair-parameters", figures(today, "50000", "400000", "03-31",
                List.of("0.20", "0.20", "0.25", "0.25", "0.10"), "宁夏回族自治区机关事务管理局 维修限额（演示）"));
        DemoData.send(http, gateway, token, "/api/v1/repair-parameters", figures(today, "40000", "300000", "03-15",
                List.of("0.15", "0.20", "0.25", "0.30", "0.10"), "兴庆区机关事务管理局 维修限额（演示）"));

        // Its last medium repair was before the platform, entered with the acceptance record's number; the 15-year rule counts from it.
        String education = building(http, gateway, token, "XQ-JY-1", "兴庆区教育局老办公楼", "银川市兴庆区文化东街55号", LocalDate.of(1996, 9, 30), "4600.00",
                LocalDate.of(2009, 10, 20), "兴机管维〔2009〕4号 中修竣工验收报告");
        String floor = DemoData.create(http, gateway, token, "/api/v1/buildings/" + education + "/floors", Map.of("label", "3"));
        List<String> rooms = List.of(room(http, gateway, token, education, floor, "301", today), room(http, gateway, token, education, floor, "302", today));
        String centre = building(http, gateway, token, "XQ-FW-1", "兴庆区机关事务服务中心综合楼", "银川市兴庆区中山北街8号", LocalDate.of(1986, 5, 20), "1400.00", null, null);
        String archives = building(http, gateway, token, "XQ-DA-1", "兴庆区档案馆库房", "银川市兴庆区新华东街21号", LocalDate.of(2010, 6, 30), "2200.00", null, null);

        // In progress: a large major repair, established by the city's bureau, tendered, its rooms under repair.
        JsonNode major = declare(http, gateway, token, DemoData.XINGQING_EDUCATION, education, rooms, "MAJOR", year, "教育局老办公楼整体大修",
                "屋面渗漏、给排水管线锈蚀、电气线路老化", "HIGH", "135.00", List.of(item("ENVELOPE", "屋面防水及保温翻新", "260000.00"),
                        item("WATER_SUPPLY_AND_DRAINAGE", "给排水立管更换", "180000.00"), item("ELECTRICAL", "配电线路改造", "180000.00")));
        major = appraise(http, gateway, token, major, today, "屋面防水失效，管线锈蚀严重，电气线路存在火灾隐患，建议大修");
        major = DemoData.request(http, gateway, city, "POST", path(major, "establishment"), Map.of("approvalReference", "银机管维〔2026〕12号",
                "comment", "同意立项（大额项目由市局审批）"), etag(major));
        // Done: a medium repair accepted today, the registry records it as the building's last.
        JsonNode medium = declare(http, gateway, token, SERVICE_CENTRE, centre, List.of(), "MEDIUM", year, "综合楼消防及外墙维修",
                "喷淋系统渗漏，外墙面砖空鼓", "MEDIUM", null, List.of(item("FIRE_PROTECTION", "喷淋管网更换", "90000.00"),
                        item("ENVELOPE", "外墙面砖空鼓修复", "60000.00")));
        // Declared and waiting: a major repair of the same building by another unit, declared before the medium one was accepted.
        declare(http, gateway, token, STATISTICS, centre, List.of(), "MAJOR", year, "统计局用房结构加固", "梁板裂缝，需检测加固", "MEDIUM", null,
                List.of(item("LOAD_BEARING_STRUCTURE", "梁板碳纤维加固", "380000.00")));
        medium = appraise(http, gateway, token, medium, today, "喷淋管网锈蚀渗漏，外墙空鼓率15%，建议中修");
        medium = DemoData.request(http, gateway, token, "POST", path(medium, "establishment"), Map.of("approvalReference", "兴机管维〔2026〕7号"), etag(medium));
        // In the reserve, not funded this year: the lowest score.
        JsonNode reserve = declare(http, gateway, token, ARCHIVES, archives, List.of(), "MEDIUM", year, "档案馆库房恒温恒湿系统改造", "空调系统能耗高、控湿不达标",
                "NONE", "160.00", List.of(item("VENTILATION_AND_AIR_CONDITIONING", "恒温恒湿机组更换", "240000.00")));
        reserve = appraise(http, gateway, token, reserve, today, "机组老化，能耗超标，建议中修");
        DemoData.request(http, gateway, token, "POST", path(reserve, "establishment"), Map.of("approvalReference", "兴机管维〔2026〕8号"), etag(reserve));
        // Appraised, awaiting establishment.
        JsonNode appraised = declare(http, gateway, token, AUDIT, education, List.of(), "MEDIUM", year, "审计局用房吊顶及灯具维修", "吊顶脱落、灯具老化",
                "LOW", null, List.of(item("DECORATION", "吊顶更换", "55000.00"), item("ELECTRICAL", "灯具更换", "35000.00")));
        appraise(http, gateway, token, appraised, today, "吊顶龙骨锈蚀，存在坠落隐患");
        // Rejected, with its reason.
        JsonNode rejected = declare(http, gateway, token, DATA_BUREAU, archives, List.of(), "MEDIUM", year, "数据局机房装修", "新入驻，按机房标准装修",
                "NONE", null, List.of(item("DECORATION", "机房地面及墙面装修", "60000.00")));
        DemoData.request(http, gateway, token, "POST", path(rejected, "rejection"), Map.of("comment", "房屋状况良好，属使用单位变动后的装修需求，不予立项"),
                etag(rejected));

        // The plan funds the two best-scored projects of the reserve; the archives' stays in the reserve.
        JsonNode plan = DemoData.whenKnown(http, gateway, token, "POST", "/api/v1/annual-plans", Map.of("year", year, "budget", "900000.00"), null);
        DemoData.request(http, gateway, token, "POST", "/api/v1/annual-plans/" + plan.path("id").asText() + "/approval",
                Map.of("approvalReference", "兴机管发〔2026〕21号"), "\"" + plan.path("version").asLong() + "\"");
        major = DemoData.get(http, gateway, token, "/api/v1/repair-projects/" + major.path("id").asText());
        DemoData.request(http, gateway, token, "POST", path(major, "start"), Map.of("startedOn", today.toString(), "contractor", "宁夏建工集团有限公司",
                "contractCost", "598000.00", "tenderReference", "NXGGZY-2026-JS-0418"), etag(major));
        medium = DemoData.get(http, gateway, token, "/api/v1/repair-projects/" + medium.path("id").asText());
        medium = DemoData.request(http, gateway, token, "POST", path(medium, "start"), Map.of("startedOn", today.toString(), "contractor",
                "银川市某消防工程有限公司", "contractCost", "146000.00"), etag(medium));
        String record = acceptanceRecord(http, gateway, token, medium.path("id").asText());
        DemoData.request(http, gateway, token, "POST", path(medium, "acceptance"), Map.of("acceptedOn", today.toString(), "actualCost", "148200.00",
                "comment", "验收合格", "documentIds", List.of(record)), etag(medium));

        // Routine repairs: one reported done with its cost, one declared.
        JsonNode routine = declare(http, gateway, token, DemoData.XINGQING_EDUCATION, education, List.of(), "ROUTINE", null, "卫生间水龙头更换", "水龙头滴漏",
                "NONE", null, List.of(item("WATER_SUPPLY_AND_DRAINAGE", "更换水龙头6个", "1800.00")));
        DemoData.request(http, gateway, token, "POST", path(routine, "report"), Map.of("completedOn", today.toString(), "actualCost", "1650.00"), etag(routine));
        declare(http, gateway, token, MEDIA_CENTRE, archives, List.of(), "ROUTINE", null, "门禁读卡器维修", "读卡器失灵", "NONE", null,
                List.of(item("BUILDING_INTELLIGENCE", "更换读卡器2台", "2400.00")));

        // An inspection two months ago: the sprinkler finding is past its deadline; the building's condition index is poor.
        JsonNode inspection = DemoData.whenKnown(http, gateway, token, "POST", "/api/v1/inspections", Map.of("buildingId", centre,
                "systems", List.of("FIRE_PROTECTION", "ELECTRICAL", "LIFTS"), "plannedOn", today.minusDays(60).toString()), null);
        DemoData.request(http, gateway, token, "POST", "/api/v1/inspections/" + inspection.path("id").asText() + "/record", Map.of(
                "performedOn", today.minusDays(60).toString(), "inspector", "兴庆区机关事务服务中心 设备科", "findings", List.of(
                        Map.of("system", "FIRE_PROTECTION", "severity", "CRITICAL", "description", "地下室喷淋主管锈穿，系统无法保压",
                                "remediationCost", "420000.00", "remediateBy", today.minusDays(10).toString()),
                        Map.of("system", "ELECTRICAL", "severity", "MEDIUM", "description", "配电箱老化，无漏电保护", "remediationCost", "180000.00",
                                "remediateBy", today.plusDays(90).toString()))), "\"0\"");
        DemoData.whenKnown(http, gateway, token, "POST", "/api/v1/inspections", Map.of("buildingId", education,
                "systems", List.of("LOAD_BEARING_STRUCTURE", "LIFTS"), "plannedOn", today.plusDays(30).toString()), null);
    }

    private static String building(HttpClient http, String gateway, String token, String code, String name, String address, LocalDate completedOn, String area,
            LocalDate priorRepairOn, String priorRepairEvidence) throws IOException, InterruptedException {
        Map<String, Object> body = new HashMap<>(Map.of("divisionCode", COUNTY, "code", code, "name", name, "address", address,
                "completedOn", completedOn.toString(), "storeysAbove", 5, "storeysBelow", 1, "grossFloorArea", area, "origin", "FISCAL_FUNDING"));
        if (priorRepairOn != null) {
            body.put("priorRepairOn", priorRepairOn.toString());
            body.put("priorRepairEvidence", priorRepairEvidence);
        }
        return DemoData.create(http, gateway, token, "/api/v1/buildings", body);
    }

    private static Map<String, Object> figures(LocalDate from, String smallBelow, String tenderFrom, String deadline, List<String> weights, String source) {
        return Map.of("effectiveFrom", from.toString(), "yearsBeforeMediumRepair", 15, "maxExtensionRatio", "0.15", "smallBelow", smallBelow,
                "tenderFrom", tenderFrom, "declarationDeadline", deadline, "replacementValuePerM2", "4000", "energyReference", "100", "weights", weights,
                "source", source);
    }

    private static String room(HttpClient http, String gateway, String token, String building, String floor, String number, LocalDate today)
            throws IOException, InterruptedException {
        return DemoData.create(http, gateway, token, "/api/v1/rooms", Map.of("buildingId", building, "floorId", floor, "number", number,
                "category", "OFFICE", "useArea", "18.00", "status", "IN_USE", "statusSince", today.minusYears(3).toString()));
    }

    private static JsonNode declare(HttpClient http, String gateway, String token, String creditCode, String building, List<String> rooms, String repairClass,
            Integer year, String title, String description, String hazard, String energy, List<Map<String, String>> items)
            throws IOException, InterruptedException {
        Map<String, Object> body = new HashMap<>(Map.of("agencyId", DemoData.agencyId(http, gateway, token, creditCode), "buildingId", building,
                "roomIds", rooms, "repairClass", repairClass, "title", title, "description", description, "grounds", List.of("AGEING", "DAMAGE"),
                "hazardLevel", hazard, "items", items));
        if (year != null) {
            body.put("planYear", year);
        }
        if (energy != null) {
            body.put("energyUseIntensity", energy);
        }
        return DemoData.whenKnown(http, gateway, token, "POST", "/api/v1/repair-projects", body, null);
    }

    private static JsonNode appraise(HttpClient http, String gateway, String token, JsonNode project, LocalDate today, String conclusion)
            throws IOException, InterruptedException {
        return DemoData.request(http, gateway, token, "POST", path(project, "appraisal"), Map.of("appraisedOn", today.toString(),
                "appraiser", "宁夏建筑工程质量检测中心", "conclusion", conclusion), etag(project));
    }

    private static String acceptanceRecord(HttpClient http, String gateway, String token, String project) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/repair-projects/" + project
                + "/documents?kind=ACCEPTANCE&fileName=%E7%AB%A3%E5%B7%A5%E9%AA%8C%E6%94%B6%E6%8A%A5%E5%91%8A.pdf")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray("%PDF-1.4\n竣工验收报告（演示）\n%%EOF".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("demo data: storing the acceptance record answered " + response.statusCode() + ": " + response.body());
        }
        return DemoData.JSON.readTree(response.body()).path("id").asText();
    }

    private static Map<String, String> item(String system, String description, String cost) {
        return Map.of("system", system, "description", description, "estimatedCost", cost);
    }

    private static String path(JsonNode project, String stage) {
        return "/api/v1/repair-projects/" + project.path("id").asText() + "/" + stage;
    }

    private static String etag(JsonNode project) {
        return "\"" + project.path("version").asLong() + "\"";
    }
}
