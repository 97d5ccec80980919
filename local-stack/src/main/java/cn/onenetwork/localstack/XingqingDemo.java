package cn.onenetwork.localstack;

import static cn.onenetwork.localstack.DemoData.create;
import static cn.onenetwork.localstack.DemoData.get;
import static cn.onenetwork.localstack.DemoData.hold;
import static cn.onenetwork.localstack.DemoData.upload;

import cn.onenetwork.dev.DevTokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DEVELOPMENT ONLY. 兴庆区 (640104), the scope of the county bureau and agency tokens the local stack prints: a parcel
 * with three buildings, 300 rooms of every category, staff of every county rank seated in them, holdings of four
 * units, titles in four states, a corrected building, a retired room, an ended concurrent post, idle rooms in the pool,
 * and open findings of most rules. Every violation below is deliberate and says so
 * (DEMO VIOLATION), so that a new user finds each kind of finding in the first lists they read.
 */
final class XingqingDemo {

    static final String COUNTY = "640104";
    static final String BUREAU = "11640104MB0000001U";
    static final String EDUCATION = DemoData.XINGQING_EDUCATION;
    static final String GOVERNMENT_OFFICE = "11640104MB00000032";
    static final String FINANCE = "11640104MB00000045";
    private static final String PARCEL = "640104-ADM-001";
    private static final String ADMIN_1 = "XQ-ADM-1";
    private static final String ADMIN_2 = "XQ-ADM-2";
    private static final String EDUCATION_BUILDING = "XQ-EDU-1";
    private static final int ROOMS_PER_FLOOR = 20;

    private XingqingDemo() {
    }

    static void load(HttpClient http, String gateway) throws IOException, InterruptedException {
        String token = DevTokens.bureauAdmin(COUNTY);
        DemoData.agency(http, gateway, GOVERNMENT_OFFICE, "兴庆区人民政府办公室", COUNTY, "GOVERNMENT", false,
                Map.of("COUNTY_HEAD", 1, "DEPUTY_COUNTY_HEAD", 4, "SECTION_CHIEF", 3, "DEPUTY_SECTION_CHIEF", 3, "BELOW_SECTION", 15), 24);
        DemoData.agency(http, gateway, FINANCE, "兴庆区财政局", COUNTY, "GOVERNMENT", false,
                Map.of("SECTION_CHIEF", 1, "DEPUTY_SECTION_CHIEF", 2, "BELOW_SECTION", 12), 14);
        String parcel = create(http, gateway, token, "/api/v1/parcels", Map.of("divisionCode", COUNTY, "code", PARCEL, "name", "兴庆区行政中心院落",
                "address", "银川市兴庆区解放东街139号", "landArea", "42000.00", "landUseType", "ALLOCATED"));
        if (parcel == null) {
            return; // loaded before
        }
        Map<String, String> buildings = new LinkedHashMap<>();
        buildings.put(ADMIN_1, building(http, gateway, token, parcel, ADMIN_1, "兴庆区行政中心1号楼", 2003, 6, "21800.00"));
        buildings.put(ADMIN_2, building(http, gateway, token, parcel, ADMIN_2, "兴庆区行政中心2号楼", 1996, 5, "12600.00"));
        buildings.put(EDUCATION_BUILDING, building(http, gateway, token, parcel, EDUCATION_BUILDING, "兴庆区教育局办公楼", 2012, 4, "7800.00"));
        upload(http, gateway, token, "/api/v1/room-imports", rooms(Map.of(ADMIN_1, 6, ADMIN_2, 5, EDUCATION_BUILDING, 4)));
        upload(http, gateway, token, "/api/v1/people-imports", staff());
        Map<String, String> rooms = roomIds(http, gateway, token, buildings);

        String government = DemoData.agencyId(http, gateway, token, GOVERNMENT_OFFICE);
        String education = DemoData.agencyId(http, gateway, token, EDUCATION);
        String finance = DemoData.agencyId(http, gateway, token, FINANCE);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String threeMonthsAgo = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(3).toString();

        // DEMO VIOLATION MORE_THAN_ONE_OFFICE and OFFICE_OVER_STANDARD: a deputy county head (24 m²) also keeps 508, 30 m².
        seat(http, gateway, token, person(http, gateway, token, "张副区长"), rooms.get(ADMIN_1 + "/508"), null, "2023-06-01");
        // DEMO VIOLATION NOT_VACATED_AFTER_CONCURRENT_POST: 王副区长's approved concurrent post in the education bureau ended
        // three months ago; the office it allowed (教育局办公楼 103) was never handed back.
        String wang = person(http, gateway, token, "王副区长");
        String post = create(http, gateway, token, "/api/v1/people/" + wang + "/concurrent-posts", Map.of("agencyId", education, "approved", true,
                "approvalReference", "兴机管〔2022〕5号", "startsOn", "2022-09-01"));
        seat(http, gateway, token, wang, rooms.get(EDUCATION_BUILDING + "/103"), post, "2022-09-01");
        DemoData.request(http, gateway, token, "POST", "/api/v1/people/" + wang + "/concurrent-posts/" + post + "/end",
                Map.of("endsOn", threeMonthsAgo, "reason", "兼职任期届满"), "\"0\"");

        // Holdings (allocation-service). The government office holds floor 5 of 1号楼 (252 m² of offices for 351 m² entitled);
        // finance holds six offices on floor 4 (114 m² for 150 m²).
        for (int j = 1; j <= ROOMS_PER_FLOOR; j++) {
            hold(http, gateway, token, rooms.get(ADMIN_1 + "/" + number(5, j)), government, null, "兴机管配〔2019〕3号", "2019-05-01");
        }
        for (int j = 1; j <= 6; j++) {
            hold(http, gateway, token, rooms.get(ADMIN_1 + "/" + number(4, j)), finance, null, "兴机管配〔2019〕4号", "2019-05-01");
        }
        // DEMO VIOLATION UNIT_OFFICE_OVER_ENTITLEMENT: the education bureau holds two whole floors, 504 m² of offices for the
        // 234 m² its 24 approved posts are entitled to.
        for (int floor = 1; floor <= 2; floor++) {
            for (int j = 1; j <= ROOMS_PER_FLOOR; j++) {
                String number = number(floor, j);
                // DEMO VIOLATION FUNCTION_CHANGED: 113 was approved as an office and is registered as a meeting room.
                String approvedUse = number.equals("113") ? "OFFICE" : null;
                hold(http, gateway, token, rooms.get(EDUCATION_BUILDING + "/" + number), education, approvedUse, "兴机管配〔2013〕1号", "2013-01-01");
            }
        }

        titles(http, gateway, token, parcel, buildings);
        // A renovation merged 520 into 519 on the top floor of 2号楼: 520 is retired, its history kept.
        DemoData.request(http, gateway, token, "POST", "/api/v1/rooms/" + rooms.get(ADMIN_2 + "/520") + "/retire",
                Map.of("retiredOn", today, "reason", "与519合并为档案室（兴机管维〔2025〕3号）"), "\"0\"");
        // A later correction, as a bureau makes them: the 2号楼's address was registered without its house number.
        JsonNode second = get(http, gateway, token, "/api/v1/buildings/" + buildings.get(ADMIN_2));
        Map<String, Object> corrected = buildingInput(second);
        corrected.put("address", "银川市兴庆区解放东街139号2号楼");
        DemoData.request(http, gateway, token, "PUT", "/api/v1/buildings/" + buildings.get(ADMIN_2), corrected,
                "\"" + second.path("version").asLong() + "\"");
        AllocationDemo.load(http, gateway, rooms, government, finance);
        MaintenanceDemo.load(http, gateway);
    }

    /** 300 rooms: on every floor 14 offices (9 to 30 m²), meeting, archive and print rooms, a switch room, a store and a server room. */
    static String rooms(Map<String, Integer> floorsByBuilding) {
        StringBuilder csv = new StringBuilder("building_code,floor,number,category,use_area,building_area,function,status,status_since\n");
        floorsByBuilding.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(building -> {
            for (int floor = 1; floor <= building.getValue(); floor++) {
                for (int j = 1; j <= ROOMS_PER_FLOOR; j++) {
                    String status = "IN_USE,2020-01-01";
                    // DEMO VIOLATION IDLE_OVER_LIMIT: room 12 of the upper floors of the old 2号楼 stands empty since 2024.
                    if (building.getKey().equals(ADMIN_2) && floor >= 3 && j == 12) {
                        status = "IDLE,2024-01-01";
                    }
                    csv.append(building.getKey()).append(',').append(floor).append(',').append(number(floor, j)).append(',').append(kind(j))
                            .append(',').append(status).append('\n');
                }
            }
        });
        return csv.toString();
    }

    /** Category, use area, building area and function of the j-th room of a floor. */
    private static String kind(int j) {
        return switch (j) {
            case 13 -> "SERVICE,40.00,,会议室";
            case 14 -> "SERVICE,20.00,,档案室";
            case 15 -> "SERVICE,12.00,,文印室";
            case 16 -> "EQUIPMENT,10.00,,配电间";
            case 17 -> "ANCILLARY,30.00,36.00,库房";
            case 18 -> "TECHNICAL,35.00,42.00,网络机房";
            case 19, 20 -> "OFFICE,9.00,,办公";
            default -> "OFFICE," + List.of("12.00", "18.00", "24.00", "30.00").get((j - 1) % 4) + ",,办公";
        };
    }

    private static String number(int floor, int j) {
        return floor + String.format("%02d", j);
    }

    /** Staff of every county rank, seated by the sheet's room columns. */
    static String staff() {
        String retired = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(3).toString();
        String[][] people = {
                // The government office, on floor 5 of 1号楼.
                {GOVERNMENT_OFFICE, "李区长", "区长", "COUNTY_HEAD", "IN_POST", "2021-06-01", ADMIN_1, "504"},
                {GOVERNMENT_OFFICE, "张副区长", "副区长", "DEPUTY_COUNTY_HEAD", "IN_POST", "2021-06-01", ADMIN_1, "503"},
                {GOVERNMENT_OFFICE, "王副区长", "副区长", "DEPUTY_COUNTY_HEAD", "IN_POST", "2021-06-01", ADMIN_1, "507"},
                {GOVERNMENT_OFFICE, "马副区长", "副区长", "DEPUTY_COUNTY_HEAD", "IN_POST", "2022-01-01", ADMIN_1, "505"},
                {GOVERNMENT_OFFICE, "赵主任", "办公室主任", "SECTION_CHIEF", "IN_POST", "2020-03-01", ADMIN_1, "502"},
                {GOVERNMENT_OFFICE, "陈副主任", "办公室副主任", "DEPUTY_SECTION_CHIEF", "IN_POST", "2020-03-01", ADMIN_1, "509"},
                {GOVERNMENT_OFFICE, "孙科员", "科员", "BELOW_SECTION", "IN_POST", "2019-07-01", ADMIN_1, "510"},
                {GOVERNMENT_OFFICE, "钱科员", "科员", "BELOW_SECTION", "IN_POST", "2019-07-01", ADMIN_1, "510"},
                {GOVERNMENT_OFFICE, "韩科员", "科员", "BELOW_SECTION", "IN_POST", "2019-07-01", ADMIN_1, "520"},
                // DEMO VIOLATION SHARED_OFFICE_OVER_STANDARD: two staff below section rank (9 + 9 m²) share 303, 24 m².
                {GOVERNMENT_OFFICE, "蒋科员", "科员", "BELOW_SECTION", "IN_POST", "2019-07-01", ADMIN_1, "303"},
                {GOVERNMENT_OFFICE, "沈科员", "科员", "BELOW_SECTION", "IN_POST", "2019-07-01", ADMIN_1, "303"},
                // DEMO VIOLATION NOT_VACATED_AFTER_DEPARTURE: retired three months ago, still in 519.
                {GOVERNMENT_OFFICE, "周科员", "科员", "BELOW_SECTION", "RETIRED", retired, ADMIN_1, "519"},
                // DEMO VIOLATION OFFICE_IN_TECHNICAL_ROOM: a desk in the server room 518.
                {GOVERNMENT_OFFICE, "吴科员", "科员", "BELOW_SECTION", "IN_POST", "2019-07-01", ADMIN_1, "518"},
                // Finance, on floor 4 of 1号楼.
                {FINANCE, "金局长", "局长", "SECTION_CHIEF", "IN_POST", "2020-01-01", ADMIN_1, "402"},
                {FINANCE, "魏副局长", "副局长", "DEPUTY_SECTION_CHIEF", "IN_POST", "2020-01-01", ADMIN_1, "401"},
                {FINANCE, "陶科员", "科员", "BELOW_SECTION", "IN_POST", "2020-01-01", ADMIN_1, "406"},
                {FINANCE, "姜科员", "科员", "BELOW_SECTION", "IN_POST", "2020-01-01", ADMIN_1, "406"},
                // DEMO VIOLATION USED_BY_ANOTHER_UNIT: a finance clerk works in 201, held by the education bureau.
                {FINANCE, "严科员", "科员", "BELOW_SECTION", "IN_POST", "2020-01-01", EDUCATION_BUILDING, "201"},
                // The education bureau, in its own building.
                {EDUCATION, "何局长", "局长", "SECTION_CHIEF", "IN_POST", "2018-09-01", EDUCATION_BUILDING, "102"},
                {EDUCATION, "吕副局长", "副局长", "DEPUTY_SECTION_CHIEF", "IN_POST", "2018-09-01", EDUCATION_BUILDING, "101"},
                {EDUCATION, "施副局长", "副局长", "DEPUTY_SECTION_CHIEF", "IN_POST", "2018-09-01", EDUCATION_BUILDING, "105"},
                {EDUCATION, "朱科员", "科员", "BELOW_SECTION", "IN_POST", "2018-09-01", EDUCATION_BUILDING, "106"},
                {EDUCATION, "秦科员", "科员", "BELOW_SECTION", "IN_POST", "2018-09-01", EDUCATION_BUILDING, "106"},
                {EDUCATION, "许科员", "科员", "BELOW_SECTION", "IN_POST", "2018-09-01", EDUCATION_BUILDING, "110"},
                {EDUCATION, "何科员", "科员", "BELOW_SECTION", "IN_POST", "2018-09-01", EDUCATION_BUILDING, "110"},
                // DEMO VIOLATION SHARED_OFFICE_OVER_STANDARD: two clerks (9 + 9 m²) in 104, 30 m².
                {EDUCATION, "孔科员", "科员", "BELOW_SECTION", "IN_POST", "2018-09-01", EDUCATION_BUILDING, "104"},
                {EDUCATION, "曹科员", "科员", "BELOW_SECTION", "IN_POST", "2018-09-01", EDUCATION_BUILDING, "104"},
                // DEMO VIOLATION OFFICE_OVER_STANDARD: a deputy section chief (12 m²) in 107, 24 m².
                {EDUCATION, "华副局长", "副局长", "DEPUTY_SECTION_CHIEF", "IN_POST", "2018-09-01", EDUCATION_BUILDING, "107"}};
        StringBuilder csv = new StringBuilder("agency_credit_code,name,position,rank,status,status_since,building_code,room_number,seated_from\n");
        for (String[] p : people) {
            csv.append(String.join(",", p)).append(',').append(p[4].equals("RETIRED") ? "2019-07-01" : p[5]).append('\n');
        }
        return csv.toString();
    }

    private static void titles(HttpClient http, String gateway, String token, String parcel, Map<String, String> buildings)
            throws IOException, InterruptedException {
        create(http, gateway, token, "/api/v1/titles", Map.of("buildingId", buildings.get(ADMIN_1), "state", "REGISTERED_TO_BUREAU",
                "unifiedCertificateNo", "宁(2019)银川市不动产权第0031001号", "landUseType", "ALLOCATED", "registrant", "兴庆区机关事务服务中心",
                "reason", "统一登记完成"));
        create(http, gateway, token, "/api/v1/titles", Map.of("buildingId", buildings.get(ADMIN_2), "state", "FILED_AS_UNCLEAR",
                "filingReference", "兴机管备〔2023〕2号", "reason", "1996年建成，原始产权档案缺失"));
        create(http, gateway, token, "/api/v1/titles", Map.of("buildingId", buildings.get(EDUCATION_BUILDING), "state", "REGISTERED_TO_OTHER",
                "unifiedCertificateNo", "宁(2013)银川市不动产权第0008812号", "registrant", "兴庆区教育局", "reason", "登记在使用单位名下，待统一收回"));
        create(http, gateway, token, "/api/v1/titles", Map.of("parcelId", parcel, "state", "RECORDS_MISSING", "reason", "土地划拨批文待查"));
    }

    private static String building(HttpClient http, String gateway, String token, String parcel, String code, String name, int year, int storeys,
            String area) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("divisionCode", COUNTY);
        body.put("parcelId", parcel);
        body.put("code", code);
        body.put("name", name);
        body.put("address", "银川市兴庆区解放东街139号");
        body.put("yearBuilt", year);
        body.put("completedOn", year + "-09-30");
        body.put("structure", year < 2000 ? "砖混" : "框架");
        body.put("storeysAbove", storeys);
        body.put("storeysBelow", 1);
        body.put("grossFloorArea", area);
        body.put("usableCoefficient", "0.65");
        body.put("origin", "FISCAL_FUNDING");
        return create(http, gateway, token, "/api/v1/buildings", body);
    }

    /** Room ids by "building code/number". */
    private static Map<String, String> roomIds(HttpClient http, String gateway, String token, Map<String, String> buildings)
            throws IOException, InterruptedException {
        Map<String, String> ids = new HashMap<>();
        for (Map.Entry<String, String> building : buildings.entrySet()) {
            for (JsonNode room : get(http, gateway, token, "/api/v1/rooms?limit=500&buildingId=" + building.getValue()).path("items")) {
                ids.put(building.getKey() + "/" + room.path("number").asText(), room.path("id").asText());
            }
        }
        return ids;
    }

    private static String person(HttpClient http, String gateway, String token, String name) throws IOException, InterruptedException {
        return get(http, gateway, token, "/api/v1/people?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).path("items").path(0).path("id").asText();
    }

    private static void seat(HttpClient http, String gateway, String token, String person, String room, String post, String from)
            throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("personId", person, "roomId", room, "fromDate", from));
        if (post != null) {
            body.put("concurrentPostId", post);
        }
        create(http, gateway, token, "/api/v1/seats", body);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> buildingInput(JsonNode building) {
        Map<String, Object> fields = DemoData.JSON.convertValue(building, LinkedHashMap.class);
        fields.keySet().retainAll(List.of("divisionCode", "parcelId", "code", "name", "address", "yearBuilt", "structure", "storeysAbove",
                "storeysBelow", "grossFloorArea", "usableCoefficient", "origin"));
        return fields;
    }
}
