package cn.onenetwork.allocation.certificate;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.allocation.Agreements;
import cn.onenetwork.allocation.Replicas;
import cn.onenetwork.allocation.room.RegistryRoom;
import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Fifty exchanges, vacatings, holding ends, new holdings and certificates at once, on the same rooms: whatever wins, no
 * room is on two valid certificates, a valid certificate covers only rooms its unit holds, and no room has two holders on
 * one day. Real PostgreSQL decides the races.
 */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class ConcurrentEndingsTest {

    private static final String DIVISION = "640424";
    private static final String ADMIN = DevTokens.bureauAdmin(DIVISION);
    private static final Set<Integer> ANSWERS = Set.of(200, 201, 409, 412, 422, 503);

    @Test
    void concurrentEndingsNeverLeaveARoomOnTwoValidCertificatesOrWithTwoHoldersOnADay() throws Exception {
        List<UUID> units = new ArrayList<>();
        List<UUID> rooms = new ArrayList<>();
        List<List<String>> holdings = new ArrayList<>();
        for (int u = 0; u < 6; u++) {
            String code = "11640424MB%07dA".formatted(u + 1);
            UUID unit = Replicas.unit(DIVISION, "泾源县单位" + u, code);
            units.add(unit);
            List<String> held = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                UUID room = Replicas.room(DIVISION, UUID.randomUUID(), "J" + u + r, "OFFICE", "12.00", "IN_USE", "2020-01-01");
                rooms.add(room);
                held.add(given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("roomId", room.toString(), "agencyId", unit.toString(),
                        "basis", "EXISTING_USE", "reference", "泾机管配〔2024〕1号", "fromDate", "2024-01-01")).post("/api/v1/holdings").then()
                        .statusCode(201).extract().path("id"));
            }
            holdings.add(held);
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("agencyId", unit.toString(), "agreement", Agreements.signed("2024-01-01")))
                    .post("/api/v1/certificates").then()
                    .statusCode(201);
        }
        // Exchanges approved before the storm, several on the same holdings, with a dissolved unit's too.
        List<String> exchanges = new ArrayList<>();
        int[][] pairs = {{0, 1}, {0, 2}, {1, 2}, {2, 3}, {3, 0}, {1, 3}, {0, 4}, {3, 5}};
        for (int[] pair : pairs) {
            exchanges.add(given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of(
                    "first", Map.of("agencyId", units.get(pair[0]).toString(), "holdingIds", List.of(holdings.get(pair[0]).get(0))),
                    "second", Map.of("agencyId", units.get(pair[1]).toString(), "holdingIds", List.of(holdings.get(pair[1]).get(1))),
                    "reason", "办公地点互换")).post("/api/v1/exchanges").then().statusCode(201).extract().path("id"));
        }

        // Then units 4 and 5 are dissolved: an order for each of their rooms.
        for (int u = 4; u < 6; u++) {
            Replicas.dissolve(units.get(u), DIVISION, "泾源县单位" + u, "11640424MB%07dA".formatted(u + 1), "DISSOLVED", null, "2026-11-30");
        }
        List<String> orders = given().auth().oauth2(ADMIN).queryParam("status", "OPEN").get("/api/v1/vacating-orders").then().statusCode(200)
                .extract().path("items.id");
        assertEquals(4, orders.size());

        List<Callable<Integer>> storm = new ArrayList<>();
        for (String exchange : exchanges) {
            storm.add(() -> post("/api/v1/exchanges/" + exchange + "/complete", "\"0\"", Map.of("effectiveOn", "2026-12-15",
                    "firstAgreement", Agreements.signed("2026-12-01"), "secondAgreement", Agreements.signed("2026-12-01"))));
        }
        for (List<String> held : holdings) {
            for (String holding : held) {
                storm.add(() -> post("/api/v1/holdings/" + holding + "/end", "\"0\"", Map.of("toDate", "2026-12-10", "reason", "交回")));
            }
        }
        for (String order : orders) {
            for (int twice = 0; twice < 2; twice++) {
                storm.add(() -> post("/api/v1/vacating-orders/" + order + "/vacate", "\"0\"", Map.of("on", "2026-12-12")));
            }
        }
        for (int i = 0; i < 12; i++) {
            UUID room = rooms.get(i);
            UUID unit = units.get(i % 4);
            storm.add(() -> post("/api/v1/holdings", null, Map.of("roomId", room.toString(), "agencyId", unit.toString(), "basis", "EXISTING_USE",
                    "reference", "泾机管配〔2026〕9号", "fromDate", "2026-12-20")));
        }
        for (int i = 0; i < 10; i++) {
            UUID unit = units.get(i % 4);
            storm.add(() -> post("/api/v1/certificates", null, Map.of("agencyId", unit.toString(), "agreement", Agreements.signed("2026-12-01"))));
        }
        assertEquals(50, storm.size());
        Collections.shuffle(storm, new Random(18));

        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (Callable<Integer> call : storm) {
            answers.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertTrue(ANSWERS.containsAll(statuses), "every call answered a documented status, never a 500: " + statuses);
        assertTrue(statuses.stream().filter(s -> s < 300).count() >= 10, "a good part of the storm went through: " + statuses);

        assertEquals(List.of(), rows("""
                SELECT r.value ->> 'roomId' FROM use_certificate c CROSS JOIN LATERAL jsonb_array_elements(c.rooms::jsonb) r
                WHERE c.division_code = '640424' AND c.status IN ('ISSUED', 'CHANGED', 'TRANSFERRED')
                GROUP BY 1 HAVING count(*) > 1
                """), "no room on two valid certificates");
        assertEquals(List.of(), rows("""
                SELECT c.number FROM use_certificate c CROSS JOIN LATERAL jsonb_array_elements(c.rooms::jsonb) r
                WHERE c.division_code = '640424' AND c.status IN ('ISSUED', 'CHANGED', 'TRANSFERRED')
                  AND NOT EXISTS (SELECT 1 FROM holding h WHERE h.room_id = (r.value ->> 'roomId')::uuid AND h.agency_id = c.agency_id AND h.to_date IS NULL)
                """), "a valid certificate covers only rooms its unit holds");
        assertEquals(List.of(), rows("""
                SELECT c.number FROM use_certificate c CROSS JOIN LATERAL jsonb_array_elements(c.rooms::jsonb) r
                WHERE c.division_code = '640424' AND c.status IN ('ISSUED', 'CHANGED', 'TRANSFERRED')
                  AND NOT EXISTS (SELECT 1 FROM certificate_room cr WHERE cr.certificate_id = c.id AND cr.room_id = (r.value ->> 'roomId')::uuid)
                UNION ALL
                SELECT c.number FROM certificate_room cr JOIN use_certificate c ON c.id = cr.certificate_id
                WHERE c.division_code = '640424' AND c.status NOT IN ('ISSUED', 'CHANGED', 'TRANSFERRED')
                """), "the printed rooms and the covered rooms agree");
        assertEquals(List.of(), rows("""
                SELECT a.room_id::text FROM holding a JOIN holding b ON a.room_id = b.room_id AND a.id < b.id
                WHERE a.division_code = '640424' AND daterange(a.from_date, a.to_date) && daterange(b.from_date, b.to_date)
                """), "no room has two holders on one day");
        assertEquals(List.of(), rows("""
                SELECT o.number FROM vacating_order o JOIN holding h ON h.id = o.holding_id
                WHERE o.division_code = '640424' AND o.status = 'OPEN' AND h.to_date IS NOT NULL
                """), "no order stays open for a holding that ended");
    }

    private static int post(String path, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post(path).then().extract().statusCode();
    }

    private static List<?> rows(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> RegistryRoom.getEntityManager().createNativeQuery(sql).getResultList());
    }
}
