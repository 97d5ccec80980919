package cn.onenetwork.property.agency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.onenetwork.dev.DevTokens;
import cn.onenetwork.dev.PlatformTestResource;
import cn.onenetwork.property.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A stored answer is replayed for its key within the retention only; then the key creates anew and the old answer is gone. */
@QuarkusTest
@QuarkusTestResource(PlatformTestResource.class)
class IdempotencyRetentionTest {

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void divisions() {
        Fixtures.ningxia();
    }

    @Test
    void pastTheRetentionAKeyCreatesAnewAndItsOldAnswerIsForgotten() {
        String token = DevTokens.bureauAdmin("640104");
        String key = "retention-" + UUID.randomUUID();
        Map<String, Object> body = AgencyApiTest.agency("640104", "兴庆区水务局");
        String first = given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/agencies").then().statusCode(201).extract().path("id");
        // A day and more later (the default retention is 24 hours).
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE idempotency_record SET created_at = created_at - interval '25 hours' WHERE idempotency_key = ?1").setParameter(1, key).executeUpdate());
        Map<String, Object> other = AgencyApiTest.agency("640104", "兴庆区水务局（新）");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(other)
                .post("/api/v1/agencies").then().statusCode(201).header("Idempotency-Replayed", (String) null).body("id", not(equalTo(first)));
        java.util.List<?> stored = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT response_body FROM idempotency_record WHERE idempotency_key = ?1").setParameter(1, key).getResultList());
        assertEquals(1, stored.size());
        assertFalse(String.valueOf(stored.get(0)).contains(first), "the expired answer is gone");
    }
}
