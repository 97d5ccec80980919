package cn.onenetwork.localstack;

import cn.onenetwork.dev.DevTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DEVELOPMENT ONLY. The Ningxia division tree (GB/T 2260, domain.md §2) and a few agencies, loaded
 * through the gateway like any client would; loading twice changes nothing.
 */
final class DemoData {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String REGION = "640000";
    private static final String XINGQING = "640104";
    static final String XINGQING_EDUCATION = "11640104MB0000002Y";

    /** code, name, level, parent. */
    private static final List<String[]> DIVISIONS = List.of(
            new String[] {"640100", "银川市", "MUNICIPAL", REGION},
            new String[] {"640104", "兴庆区", "COUNTY", "640100"},
            new String[] {"640105", "西夏区", "COUNTY", "640100"},
            new String[] {"640106", "金凤区", "COUNTY", "640100"},
            new String[] {"640121", "永宁县", "COUNTY", "640100"},
            new String[] {"640122", "贺兰县", "COUNTY", "640100"},
            new String[] {"640181", "灵武市", "COUNTY", "640100"},
            new String[] {"640200", "石嘴山市", "MUNICIPAL", REGION},
            new String[] {"640202", "大武口区", "COUNTY", "640200"},
            new String[] {"640205", "惠农区", "COUNTY", "640200"},
            new String[] {"640221", "平罗县", "COUNTY", "640200"},
            new String[] {"640300", "吴忠市", "MUNICIPAL", REGION},
            new String[] {"640302", "利通区", "COUNTY", "640300"},
            new String[] {"640303", "红寺堡区", "COUNTY", "640300"},
            new String[] {"640323", "盐池县", "COUNTY", "640300"},
            new String[] {"640324", "同心县", "COUNTY", "640300"},
            new String[] {"640381", "青铜峡市", "COUNTY", "640300"},
            new String[] {"640400", "固原市", "MUNICIPAL", REGION},
            new String[] {"640402", "原州区", "COUNTY", "640400"},
            new String[] {"640422", "西吉县", "COUNTY", "640400"},
            new String[] {"640423", "隆德县", "COUNTY", "640400"},
            new String[] {"640424", "泾源县", "COUNTY", "640400"},
            new String[] {"640425", "彭阳县", "COUNTY", "640400"},
            new String[] {"640500", "中卫市", "MUNICIPAL", REGION},
            new String[] {"640502", "沙坡头区", "COUNTY", "640500"},
            new String[] {"640521", "中宁县", "COUNTY", "640500"},
            new String[] {"640522", "海原县", "COUNTY", "640500"});

    private DemoData() {
    }

    static void load(String gateway) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        send(http, gateway, DevTokens.bureauAdmin("100000"), "/api/v1/divisions",
                Map.of("code", REGION, "name", "宁夏回族自治区", "level", "PROVINCIAL", "parentCode", "100000"));
        String region = DevTokens.bureauAdmin(REGION);
        for (String[] d : DIVISIONS) {
            send(http, gateway, region, "/api/v1/divisions", Map.of("code", d[0], "name", d[1], "level", d[2], "parentCode", d[3]));
        }
        agency(http, gateway, "11640000MB0000001W", "宁夏回族自治区机关事务管理局", REGION, "GOVERNMENT", true,
                Map.of("BUREAU_DIRECTOR", 1, "DEPUTY_BUREAU_DIRECTOR", 3, "DIVISION_CHIEF", 8, "DEPUTY_DIVISION_CHIEF", 8, "BELOW_DIVISION", 40), 58);
        agency(http, gateway, "11640000MB00000020", "宁夏回族自治区财政厅", REGION, "GOVERNMENT", false,
                Map.of("BUREAU_DIRECTOR", 1, "DEPUTY_BUREAU_DIRECTOR", 4, "DIVISION_CHIEF", 15, "DEPUTY_DIVISION_CHIEF", 15, "BELOW_DIVISION", 90), 121);
        agency(http, gateway, "11640000MB00000033", "宁夏回族自治区高级人民法院", REGION, "COURT", false,
                Map.of("BUREAU_DIRECTOR", 1, "DEPUTY_BUREAU_DIRECTOR", 4, "DIVISION_CHIEF", 12, "BELOW_DIVISION", 120), 130);
        agency(http, gateway, "11640100MB00000012", "银川市机关事务管理局", "640100", "GOVERNMENT", true,
                Map.of("BUREAU_DIRECTOR", 1, "DEPUTY_BUREAU_DIRECTOR", 2, "BELOW_BUREAU", 25), 27);
        agency(http, gateway, "11640104MB0000001U", "兴庆区机关事务服务中心", XINGQING, "GOVERNMENT", true,
                Map.of("SECTION_CHIEF", 1, "DEPUTY_SECTION_CHIEF", 2, "BELOW_SECTION", 10), 12);
        agency(http, gateway, XINGQING_EDUCATION, "兴庆区教育局", XINGQING, "GOVERNMENT", false,
                Map.of("SECTION_CHIEF", 1, "DEPUTY_SECTION_CHIEF", 3, "BELOW_SECTION", 20), 22);
        agency(http, gateway, "11640105MB0000001A", "西夏区机关事务管理局", "640105", "GOVERNMENT", true,
                Map.of("SECTION_CHIEF", 1, "BELOW_SECTION", 8), 9);
        agency(http, gateway, "11640105MB0000002D", "西夏区民政局", "640105", "GOVERNMENT", false,
                Map.of("SECTION_CHIEF", 1, "DEPUTY_SECTION_CHIEF", 2, "BELOW_SECTION", 15), 16);
        buildingWithStaff(http, gateway);
        XingqingDemo.load(http, gateway);
        SupervisionDemo.load(http, gateway);
    }

    /**
     * One parcel and building of the region with rooms, staff and holdings; one office is 0.5 m² over its standard, so a
     * finding shows. The holdings go through allocation-service, which learns of rooms and units from the registry's events.
     */
    private static void buildingWithStaff(HttpClient http, String gateway) throws IOException, InterruptedException {
        String token = DevTokens.bureauAdmin(REGION);
        String parcel = create(http, gateway, token, "/api/v1/parcels", Map.of("divisionCode", REGION, "code", "640000-GOV-001",
                "name", "自治区人民政府大院", "address", "银川市金凤区人民广场东街", "landArea", "86000.00", "landUseType", "ALLOCATED"));
        Map<String, Object> building = new LinkedHashMap<>();
        building.put("divisionCode", REGION);
        building.put("parcelId", parcel);
        building.put("code", "NX-GOV-1");
        building.put("name", "自治区人民政府1号办公楼");
        building.put("address", "银川市金凤区人民广场东街");
        building.put("yearBuilt", 2006);
        building.put("structure", "框架剪力墙");
        building.put("storeysAbove", 12);
        building.put("storeysBelow", 2);
        building.put("grossFloorArea", "36500.00");
        building.put("usableCoefficient", "0.62");
        building.put("origin", "FISCAL_FUNDING");
        String buildingId = create(http, gateway, token, "/api/v1/buildings", building);
        if (buildingId == null) {
            return;
        }
        String floor = create(http, gateway, token, "/api/v1/buildings/" + buildingId + "/floors", Map.of("label", "3"));
        String finance = agencyId(http, gateway, token, "11640000MB00000020");
        String[][] rooms = {{"301", "OFFICE", "30.00"}, {"302", "OFFICE", "18.50"}, {"303", "OFFICE", "18.00"}, {"305", "SERVICE", "60.00"},
                {"310", "EQUIPMENT", "12.00"}};
        Map<String, String> roomIds = new LinkedHashMap<>();
        for (String[] room : rooms) {
            roomIds.put(room[0], create(http, gateway, token, "/api/v1/rooms", Map.of("buildingId", buildingId, "floorId", floor, "number", room[0],
                    "category", room[1], "useArea", room[2], "status", "IN_USE", "statusSince", "2020-01-01")));
        }
        String[][] staff = {{"马厅长", "BUREAU_DIRECTOR", "301"}, {"杨处长", "DIVISION_CHIEF", "302"}, {"李处长", "DIVISION_CHIEF", "303"}};
        for (String[] person : staff) {
            String personId = create(http, gateway, token, "/api/v1/people", Map.of("agencyId", finance, "name", person[0], "rankCode", person[1],
                    "status", "IN_POST", "statusSince", "2021-03-01"));
            create(http, gateway, token, "/api/v1/seats", Map.of("personId", personId, "roomId", roomIds.get(person[2]), "fromDate", "2021-03-01"));
        }
        for (Map.Entry<String, String> room : roomIds.entrySet()) {
            hold(http, gateway, token, room.getValue(), finance, null, "宁机管配〔2021〕1号", "2021-03-01");
        }
        // Example values only (no verified national number exists): the region's service and equipment allowance per post.
        send(http, gateway, token, "/api/v1/space-allowances", Map.of("level", "PROVINCIAL", "servicePerPerson", "8.00",
                "equipmentPerPerson", "4.00", "effectiveFrom", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                "source", "示例值 (demo data)"));
    }

    /**
     * Records the unit's holding of the room once allocation-service has both from the registry's events (404 until then).
     *
     * @param approvedUse null: the room's registered category
     */
    static void hold(HttpClient http, String gateway, String token, String room, String agency, String approvedUse, String reference, String from)
            throws IOException, InterruptedException {
        Map<String, Object> fields = new LinkedHashMap<>(Map.of("roomId", room, "agencyId", agency, "basis", "EXISTING_USE", "reference", reference,
                "fromDate", from));
        if (approvedUse != null) {
            fields.put("approvedUse", approvedUse);
        }
        String body = JSON.writeValueAsString(fields);
        for (int attempt = 0; attempt < 120; attempt++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/holdings"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").header("Idempotency-Key", "demo-hold-" + room)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201 || response.statusCode() == 409) {
                return;
            }
            if (response.statusCode() != 404) {
                throw new IllegalStateException("demo data: POST /api/v1/holdings answered " + response.statusCode() + ": " + response.body());
            }
            // Waiting for the registry's events to reach allocation-service.
            Thread.sleep(250);
        }
        throw new IllegalStateException("demo data: allocation-service did not learn of room " + room + " within 30 s");
    }

    static String agencyId(HttpClient http, String gateway, String token, String creditCode) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/agencies?creditCode=" + creditCode))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("items").path(0).path("id").asText();
    }

    /** The new record's id, or null when it exists already (409). */
    static String create(HttpClient http, String gateway, String token, String path, Map<String, ?> body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(http, gateway, token, path, body);
        return response.statusCode() == 201 ? JSON.readTree(response.body()).path("id").asText() : null;
    }

    static void printWelcome(LocalStack stack) {
        String gateway = stack.gatewayUrl();
        System.out.println();
        System.out.println("  Gateway          " + gateway + "/api/v1");
        System.out.println("  Swagger UI       " + gateway + "/q/swagger-ui");
        System.out.println("  OpenAPI (merged) " + gateway + "/q/openapi");
        System.out.println("  Health           " + gateway + "/q/health/ready");
        System.out.println("  Services         property :" + stack.ports().property() + "  allocation :" + stack.ports().allocation()
                + "  maintenance :" + stack.ports().maintenance() + "  supervision :" + stack.ports().supervision());
        System.out.println("  PostgreSQL       " + stack.jdbcUrl("property") + " (user postgres / postgres)");
        System.out.println("  Kafka            " + stack.kafkaBootstrap());
        System.out.println("  Data and logs    " + stack.data() + " (logs/postgres.log, kafka.log, property-service.log, …, gateway.log)");
        System.out.println();
        System.out.println("  DEVELOPMENT tokens (12 h, signed with the development key; never valid in production):");
        System.out.println("  BUREAU_ADMIN 640000 宁夏回族自治区 (region bureau)");
        System.out.println("    " + DevTokens.bureauAdmin(REGION));
        System.out.println("  AUDITOR 640000 (read-only supervision)");
        System.out.println("    " + DevTokens.auditor(REGION));
        System.out.println("  BUREAU_ADMIN 640104 兴庆区 (county bureau)");
        System.out.println("    " + DevTokens.bureauAdmin(XINGQING));
        System.out.println("  AGENCY_USER 640104 兴庆区教育局 " + XINGQING_EDUCATION);
        System.out.println("    " + DevTokens.agencyUser(XINGQING, XINGQING_EDUCATION));
        System.out.println("  PLATFORM_OPERATOR (each service's /ops/v1: replay dead letters, release parked events; not through the gateway)");
        System.out.println("    " + DevTokens.operator());
        System.out.println();
        System.out.println("  Try:  curl -H \"Authorization: Bearer <token>\" '" + gateway + "/api/v1/compliance-findings?limit=5'");
        System.out.println("        curl -H \"Authorization: Bearer <token>\" '" + gateway + "/api/v1/allocation-requests?limit=10'");
        System.out.println("        curl -H \"Authorization: Bearer <token>\" '" + gateway + "/api/v1/repair-reserve?planYear="
                + (LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1) + "'");
        System.out.println("        curl -H \"Authorization: Bearer <token>\" '" + gateway + "/api/v1/statistics-tables?divisionCode=640104'   (统计报表)");
        System.out.println("        curl -H \"Accept-Language: en\" '" + gateway + "/api/v1/labels'   (every enum value's labels, no token)");
        try {
            String certificate = AllocationDemo.verificationUrl(HttpClient.newHttpClient(), gateway);
            if (certificate != null) {
                System.out.println("  兴庆区数据局's certificate, printed again for this start (anyone may check it, no token):");
                System.out.println("        curl '" + certificate + "'");
            }
        } catch (IOException e) {
            System.out.println("  (the demo certificate could not be printed: " + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println("  More tries, by service, in README.md (\"Try it\").");
        System.out.println("  Ctrl-C stops everything; data stays in " + stack.data() + " (./bin/local-stack --reset wipes it).");
    }

    static void agency(HttpClient http, String gateway, String creditCode, String name, String division, String system,
            boolean bureau, Map<String, Integer> staffing, int actualStaff) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("creditCode", creditCode);
        body.put("name", name);
        body.put("divisionCode", division);
        body.put("system", system);
        body.put("officesBureau", bureau);
        body.put("approvedStaffing", staffing);
        body.put("actualStaff", actualStaff);
        send(http, gateway, DevTokens.bureauAdmin(division), "/api/v1/agencies", body);
    }

    /** Creates the record unless it exists already (409), so that loading is repeatable. */
    /** Uploads a CSV sheet to an import; every row must be accepted (a file with problems writes nothing and answers 422). */
    static JsonNode upload(HttpClient http, String gateway, String token, String path, String csv) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("demo data: POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** A GET answered 200, as JSON. */
    static JsonNode get(HttpClient http, String gateway, String token, String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + pathAndQuery)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("demo data: GET " + pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** A change with If-Match that must answer 200. */
    static JsonNode request(HttpClient http, String gateway, String token, String method, String path, Map<String, ?> body, String ifMatch)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("If-Match", ifMatch)
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("demo data: " + method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    static HttpResponse<String> send(HttpClient http, String gateway, String token, String path, Map<String, ?> body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("demo data: POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /**
     * A write to a service that learns of the registry's records from events: retried while it answers 404 (not yet
     * received) or TITLE_NOT_CLEAR (the title's event not yet arrived), for up to 30 s; 200 or 201 expected.
     */
    static JsonNode whenKnown(HttpClient http, String gateway, String token, String method, String path, Map<String, ?> body, String ifMatch)
            throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200 || response.statusCode() == 201) {
                return JSON.readTree(response.body());
            }
            boolean notYetKnown = response.statusCode() == 404 || response.body().contains("TITLE_NOT_CLEAR");
            if (!notYetKnown) {
                throw new IllegalStateException("demo data: " + method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("demo data: the service did not learn of the registry's records for " + path + " within 30 s");
    }
}
