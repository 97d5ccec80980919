package cn.onenetwork.localstack;

import cn.onenetwork.dev.DevTokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Allocation in 兴庆区, through the API as a bureau works: requests in every state, one fulfilled from a recommendation
 * with its certificate, a cancelled approval, an existing holding's certificate, an exchange, a lease near expiry, a
 * dissolved unit's vacating orders and a disposal.
 */
final class AllocationDemo {

    static final String DATA_BUREAU = "11640104MB00002017";
    /** 宁夏回族自治区: the region whose figures the county inherits. */
    private static final String REGION = "640000";
    private static final String AUDIT = "11640104MB0000202A";
    private static final String ARCHIVES = "11640104MB0000203D";
    /** 西夏区: a county with no state office space of its own to reallocate, so its units lease and build. */
    private static final String XIXIA = "640105";
    private static final String MEDICAL_INSURANCE = "11640105MB0000003G";
    private static final String XIXIA_MEDIA_CENTRE = "11640105MB0000004K";
    private static final String OLD_TECHNOLOGY = "11640104MB0000205K";
    private static final String STATISTICS = "11640104MB0000206N";
    private static final String MEDIA_CENTRE = "11640104MB0000207R";

    private AllocationDemo() {
    }

    /**
     * @param rooms room ids by "building code/number" of the 兴庆区 demo
     * @param government the government office, which holds floor 5 of 1号楼
     * @param finance the finance bureau, which holds six offices on floor 4
     */
    static void load(HttpClient http, String gateway, Map<String, String> rooms, String government, String finance)
            throws IOException, InterruptedException {
        String token = DevTokens.bureauAdmin(XingqingDemo.COUNTY);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String county = XingqingDemo.COUNTY;
        // Local figures: the region's row, and the county's tighter one next to it (a division may only tighten what it inherits).
        DemoData.send(http, gateway, DevTokens.bureauAdmin(REGION), "/api/v1/allocation-parameters", Map.of("effectiveFrom", today.toString(),
                "maxMonthlyRentPerSquareMetre", "55.00", "leaseReminderLeadMonths", 3, "vacatingDeadlineMonths", 3, "promiseExpiryDays", 90,
                "source", "宁机管发〔2026〕21号"));
        DemoData.send(http, gateway, token, "/api/v1/allocation-parameters", Map.of("effectiveFrom", today.toString(),
                "maxMonthlyRentPerSquareMetre", "50.00", "leaseReminderLeadMonths", 4, "vacatingDeadlineMonths", 2, "promiseExpiryDays", 60,
                "source", "兴机管发〔2026〕12号"));
        DemoData.agency(http, gateway, DATA_BUREAU, "兴庆区数据局", county, "GOVERNMENT", false,
                Map.of("SECTION_CHIEF", 1, "DEPUTY_SECTION_CHIEF", 1, "BELOW_SECTION", 4), 6);
        DemoData.agency(http, gateway, AUDIT, "兴庆区审计局", county, "GOVERNMENT", false, Map.of("SECTION_CHIEF", 1, "BELOW_SECTION", 6), 7);
        DemoData.agency(http, gateway, ARCHIVES, "兴庆区档案馆", county, "GOVERNMENT", false, Map.of("BELOW_SECTION", 3), 3);
        DemoData.agency(http, gateway, MEDICAL_INSURANCE, "西夏区医疗保障局", XIXIA, "GOVERNMENT", false, Map.of("SECTION_CHIEF", 1, "BELOW_SECTION", 3), 4);
        DemoData.agency(http, gateway, XIXIA_MEDIA_CENTRE, "西夏区融媒体中心", XIXIA, "GOVERNMENT", false, Map.of("SECTION_CHIEF", 1, "BELOW_SECTION", 20), 21);
        DemoData.agency(http, gateway, OLD_TECHNOLOGY, "兴庆区科学技术局（旧）", county, "GOVERNMENT", false, Map.of("BELOW_SECTION", 2), 2);
        DemoData.agency(http, gateway, STATISTICS, "兴庆区统计局", county, "GOVERNMENT", false, Map.of("BELOW_SECTION", 2), 2);
        DemoData.agency(http, gateway, MEDIA_CENTRE, "兴庆区融媒体中心", county, "GOVERNMENT", false, Map.of("SECTION_CHIEF", 1, "BELOW_SECTION", 20), 21);

        // A dissolved unit: two offices held, its vacating orders opened by the registry's event, one vacated already.
        String old = DemoData.agencyId(http, gateway, token, OLD_TECHNOLOGY);
        DemoData.hold(http, gateway, token, rooms.get("XQ-ADM-1/619"), old, null, "兴机管配〔2018〕6号", "2018-03-01");
        DemoData.hold(http, gateway, token, rooms.get("XQ-ADM-1/620"), old, null, "兴机管配〔2018〕6号", "2018-03-01");
        DemoData.request(http, gateway, token, "POST", "/api/v1/agencies/" + old + "/dissolve", Map.of("kind", "DISSOLVED",
                "effectiveOn", today.minusMonths(1).toString(), "reason", "机构改革，职能划入兴庆区发展和改革局"), "\"0\"");
        JsonNode order = awaitFirst(http, gateway, token, "/api/v1/vacating-orders?agencyId=" + old);
        DemoData.request(http, gateway, token, "POST", "/api/v1/vacating-orders/" + order.path("id").asText() + "/vacate",
                Map.of("on", today.toString(), "comment", "钥匙已交回"), "\"0\"");

        // FULFILLED: the new data bureau, served from the pool as the recommender proposes, with its certificate.
        String data = DemoData.agencyId(http, gateway, token, DATA_BUREAU);
        String fulfilled = submit(http, gateway, token, data, Map.of("SECTION_CHIEF", 1, "DEPUTY_SECTION_CHIEF", 1, "BELOW_SECTION", 4), "12.00", "78.00",
                "NEW_UNIT", "机构改革新组建兴庆区数据局，现无办公用房");
        DemoData.request(http, gateway, token, "POST", "/api/v1/allocation-requests/" + fulfilled + "/review", Map.of("comment", "材料齐全"), "\"0\"");
        List<String> recommended = new ArrayList<>();
        DemoData.get(http, gateway, token, "/api/v1/allocation-requests/" + fulfilled + "/recommendations?limit=1").path("items").path(0).path("rooms")
                .forEach(room -> recommended.add(room.path("roomId").asText()));
        DemoData.request(http, gateway, token, "POST", "/api/v1/allocation-requests/" + fulfilled + "/approve",
                Map.of("method", "REALLOCATION", "reservedRoomIds", recommended, "serviceAreaGranted", "12.00", "equipmentAreaGranted", "0.00",
                        "comment", "同意从公物仓调剂；县级无服务用房定额，核定服务用房 12 平方米"), "\"1\"");
        DemoData.request(http, gateway, token, "POST", "/api/v1/allocation-requests/" + fulfilled + "/fulfil",
                Map.of("fromDate", today.toString(), "comment", "已交付使用", "agreement", agreement(today, "赵文博")), "\"2\"");

        // SUBMITTED, UNDER_REVIEW, REJECTED and WITHDRAWN.
        String audit = DemoData.agencyId(http, gateway, token, AUDIT);
        submit(http, gateway, token, audit, Map.of("SECTION_CHIEF", 1, "BELOW_SECTION", 6), "0.00", "60.00", "NEW_UNIT", "新组建审计局，现无办公用房");
        String archives = DemoData.agencyId(http, gateway, token, ARCHIVES);
        String reviewed = submit(http, gateway, token, archives, Map.of("BELOW_SECTION", 3), "20.00", "47.00", "RELOCATION", "原址漏雨，整体搬迁");
        DemoData.request(http, gateway, token, "POST", "/api/v1/allocation-requests/" + reviewed + "/review", Map.of("comment", "现场核查中"), "\"0\"");
        // Finance holds 114 m²; its 15 approved posts are entitled to 150 m², so 18 m² more may be asked, and is refused on review.
        String finance2 = submit(http, gateway, token, finance, Map.of("SECTION_CHIEF", 1, "DEPUTY_SECTION_CHIEF", 2, "BELOW_SECTION", 12), "0.00", "18.00",
                "STAFFING_CHANGE", "借调人员用房");
        DemoData.request(http, gateway, token, "POST", "/api/v1/allocation-requests/" + finance2 + "/review", Map.of(), "\"0\"");
        DemoData.request(http, gateway, token, "POST", "/api/v1/allocation-requests/" + finance2 + "/reject",
                Map.of("comment", "借调人员不占编制，不予配置；现有用房可统筹解决"), "\"1\"");
        String statistics = DemoData.agencyId(http, gateway, token, STATISTICS);
        String withdrawn = submit(http, gateway, token, statistics, Map.of("BELOW_SECTION", 2), "0.00", "18.00", "NEW_UNIT", "新增编制用房");
        DemoData.request(http, gateway, token, "POST", "/api/v1/allocation-requests/" + withdrawn + "/withdraw", Map.of("comment", "内部调整解决"), "\"0\"");
        // CANCELLED after approval: the room promised to it is back in the pool.
        String cancelled = submit(http, gateway, token, statistics, Map.of("BELOW_SECTION", 2), "0.00", "18.00", "STAFFING_CHANGE", "新增编制用房");
        DemoData.request(http, gateway, token, "POST", "/api/v1/allocation-requests/" + cancelled + "/review", Map.of(), "\"0\"");
        DemoData.request(http, gateway, token, "POST", "/api/v1/allocation-requests/" + cancelled + "/approve", Map.of("method", "REALLOCATION"), "\"1\"");
        DemoData.request(http, gateway, token, "POST", "/api/v1/allocation-requests/" + cancelled + "/cancel",
                Map.of("reason", "编制调整未获批复，原批准不再执行"), "\"2\"");

        // EXISTING_USE: the government office's floor, held since before the platform, certified now with the agreement it signed.
        DemoData.send(http, gateway, token, "/api/v1/certificates", Map.of("agencyId", government, "agreement", agreement(today, "刘志刚")));

        // APPROVED as a lease in 西夏区, whose pool is empty, and the lease signed two years ago that ends in two months: expiresSoon,
        // on the expiring list.
        String xixia = DevTokens.bureauAdmin(XIXIA);
        String insurance = DemoData.agencyId(http, gateway, xixia, MEDICAL_INSURANCE);
        String premises = DemoData.create(http, gateway, xixia, "/api/v1/buildings", Map.of("divisionCode", XIXIA, "code", "XX-ZL-1",
                "name", "西夏区商务大厦（租用）", "address", "银川市西夏区北京中路88号", "storeysAbove", 20, "storeysBelow", 2,
                "grossFloorArea", "36000.00", "origin", "LEASED"));
        String floor = DemoData.create(http, gateway, xixia, "/api/v1/buildings/" + premises + "/floors", Map.of("label", "12"));
        List<String> leased = new ArrayList<>();
        for (String[] room : new String[][] {{"1201", "18.00"}, {"1202", "9.00"}, {"1203", "9.00"}, {"1204", "9.00"}}) {
            leased.add(DemoData.create(http, gateway, xixia, "/api/v1/rooms", Map.of("buildingId", premises, "floorId", floor, "number", room[0],
                    "category", "OFFICE", "useArea", room[1], "status", "IN_USE", "statusSince", today.minusYears(2).toString())));
        }
        String leaseRequest = submit(http, gateway, xixia, insurance, Map.of("SECTION_CHIEF", 1, "BELOW_SECTION", 3), "0.00", "45.00",
                "NEW_UNIT", "新组建医疗保障局，行政中心无集中用房");
        DemoData.request(http, gateway, xixia, "POST", "/api/v1/allocation-requests/" + leaseRequest + "/review", Map.of(), "\"0\"");
        DemoData.request(http, gateway, xixia, "POST", "/api/v1/allocation-requests/" + leaseRequest + "/approve", Map.of("method", "LEASE",
                "ruledOut", Map.of("REALLOCATION", "公物仓无可集中安置的房源", "EXCHANGE", "无可置换房产"), "fundingSource", "GOVERNMENT_BUDGET",
                "comment", "同意租用，纳入预算"), "\"1\"");
        Map<String, Object> lease = new LinkedHashMap<>();
        lease.put("requestId", leaseRequest);
        lease.put("buildingId", premises);
        lease.put("roomIds", leased);
        lease.put("lessor", "银川市某置业有限公司");
        lease.put("startsOn", today.minusYears(2).toString());
        lease.put("endsOn", today.plusMonths(2).toString());
        lease.put("annualRent", "16200.00");
        lease.put("approvalReference", "西机管租〔2024〕2号");
        lease.put("filingReference", "西机管备〔2024〕15号");
        lease.put("agreement", agreement(today.minusYears(2), "孙丽娟"));
        DemoData.whenKnown(http, gateway, xixia, "POST", "/api/v1/leases", lease, null);

        // APPROVED as construction in 西夏区, after every higher method was ruled out, and its necessity review under way.
        String media = DemoData.agencyId(http, gateway, xixia, XIXIA_MEDIA_CENTRE);
        String build = submit(http, gateway, xixia, media, Map.of("SECTION_CHIEF", 1, "BELOW_SECTION", 20), "80.00", "278.00", "NEW_UNIT",
                "融媒体中心需演播室及集中办公用房");
        DemoData.request(http, gateway, xixia, "POST", "/api/v1/allocation-requests/" + build + "/review", Map.of(), "\"0\"");
        DemoData.request(http, gateway, xixia, "POST", "/api/v1/allocation-requests/" + build + "/approve", Map.of("method", "CONSTRUCTION",
                "ruledOut", Map.of("REALLOCATION", "公物仓无可满足演播室层高要求的房源", "EXCHANGE", "无可置换房产", "LEASE", "周边无符合演播条件的可租房源"),
                "fundingSource", "GOVERNMENT_BUDGET", "serviceAreaGranted", "60.00", "equipmentAreaGranted", "0.00",
                "comment", "同意进入必要性审查；核定演播及服务用房 60 平方米"), "\"1\"");
        DemoData.create(http, gateway, xixia, "/api/v1/construction-reviews", Map.of("requestId", build, "projectName", "西夏区融媒体中心业务用房",
                "site", "西夏区文昌北街以西", "plannedArea", "278.00", "estimatedInvestment", "8600000.00", "builder", "西夏区机关事务服务中心"));

        // An exchange completed: the government office and the finance bureau swap an office each, to sit together.
        String governmentHolding = holding(http, gateway, token, rooms.get("XQ-ADM-1/501"));
        String financeHolding = holding(http, gateway, token, rooms.get("XQ-ADM-1/401"));
        JsonNode exchange = DemoData.whenKnown(http, gateway, token, "POST", "/api/v1/exchanges", Map.of(
                "first", Map.of("agencyId", government, "holdingIds", List.of(governmentHolding)),
                "second", Map.of("agencyId", finance, "holdingIds", List.of(financeHolding)), "reason", "两单位办公室互换，便于集中办公"), null);
        DemoData.request(http, gateway, token, "POST", "/api/v1/exchanges/" + exchange.path("id").asText() + "/complete",
                Map.of("effectiveOn", today.toString(), "comment", "已完成交接", "firstAgreement", agreement(today, "刘志刚"),
                        "secondAgreement", agreement(today, "马建华")), "\"0\"");

        // A disposal completed: the old cadres' activity centre, a certified dangerous building with a clear title, demolished.
        String centre = DemoData.create(http, gateway, token, "/api/v1/buildings", Map.of("divisionCode", county, "code", "XQ-LGB-1",
                "name", "兴庆区老干部活动中心（旧）", "address", "银川市兴庆区中山南街12号", "yearBuilt", 1982, "storeysAbove", 2, "storeysBelow", 0,
                "grossFloorArea", "860.00", "origin", "FISCAL_FUNDING"));
        DemoData.create(http, gateway, token, "/api/v1/titles", Map.of("buildingId", centre, "state", "REGISTERED_TO_BUREAU",
                "unifiedCertificateNo", "宁(2016)银川市不动产权第0004410号", "registrant", "兴庆区机关事务服务中心", "reason", "统一登记完成"));
        JsonNode disposal = DemoData.whenKnown(http, gateway, token, "POST", "/api/v1/disposals", Map.of("buildingId", centre, "method", "DEMOLISH",
                "ground", "DANGEROUS", "groundsDetail", "经鉴定为D级危房，加固费用超过重建费用", "reallocationRuledOut", "危房不能调剂使用"), null);
        String disposalId = disposal.path("id").asText();
        DemoData.request(http, gateway, token, "POST", "/api/v1/disposals/" + disposalId + "/approve",
                Map.of("approvalReference", "兴机管处〔2026〕1号"), "\"0\"");
        DemoData.request(http, gateway, token, "POST", "/api/v1/disposals/" + disposalId + "/complete",
                Map.of("completedOn", today.toString(), "proceeds", "0.00", "comment", "已拆除"), "\"1\"");
    }

    /** Prints the data bureau's certificate with a fresh verification code: the URL anyone may open, without a token. */
    static String verificationUrl(HttpClient http, String gateway) throws IOException, InterruptedException {
        String token = DevTokens.bureauAdmin(XingqingDemo.COUNTY);
        String data = DemoData.agencyId(http, gateway, token, DATA_BUREAU);
        JsonNode certificate = DemoData.get(http, gateway, token, "/api/v1/certificates?agencyId=" + data).path("items").path(0);
        if (certificate.isMissingNode()) {
            return null;
        }
        JsonNode printout = DemoData.whenKnown(http, gateway, token, "POST", "/api/v1/certificates/" + certificate.path("id").asText() + "/print",
                Map.of("reason", "本地演示打印"), null);
        return printout.path("verificationUrl").asText();
    }

    /** 使用协议 as the unit's signatory and the bureau's signed it on the day: every certificate is issued with one. */
    private static Map<String, String> agreement(LocalDate signedOn, String unitSignatory) {
        return Map.of("signedOn", signedOn.toString(), "unitSignatory", unitSignatory, "bureauSignatory", "周建平");
    }

    /** Submits a request once allocation knows the unit; its id. */
    private static String submit(HttpClient http, String gateway, String token, String agency, Map<String, Integer> staff, String service, String area,
            String reason, String justification) throws IOException, InterruptedException {
        List<Map<String, Object>> lines = new ArrayList<>();
        staff.forEach((rank, people) -> lines.add(Map.of("rank", rank, "people", people)));
        return DemoData.whenKnown(http, gateway, token, "POST", "/api/v1/allocation-requests", Map.of("agencyId", agency, "reason", reason,
                "justification", justification, "staff", lines, "serviceAreaAsked", service, "equipmentAreaAsked", "0.00", "areaAsked", area,
                "documents", List.of("兴编发〔2026〕3号")), null).path("id").asText();
    }

    private static String holding(HttpClient http, String gateway, String token, String room) throws IOException, InterruptedException {
        return DemoData.get(http, gateway, token, "/api/v1/holdings?current=true&roomId=" + room).path("items").path(0).path("id").asText();
    }

    private static JsonNode awaitFirst(HttpClient http, String gateway, String token, String path) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            JsonNode first = DemoData.get(http, gateway, token, path).path("items").path(0);
            if (!first.isMissingNode()) {
                return first;
            }
            // Waiting for the registry's event to reach allocation-service.
            Thread.sleep(250);
        }
        throw new IllegalStateException("demo data: nothing at " + path + " within 30 s");
    }

    /** A write to allocation-service, retried while it has not yet learned of the registry's records (404). */
}
