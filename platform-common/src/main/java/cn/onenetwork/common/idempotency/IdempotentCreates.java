package cn.onenetwork.common.idempotency;

import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.common.time.PlatformClockProvider;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Creates that may be retried safely. With an {@code Idempotency-Key}, the first request's answer
 * is stored in the same transaction as the created record; the same key with the same body returns
 * that answer again, with another body it is a 422. A concurrent duplicate waits on the key's row
 * and then replays, so a key never creates twice.
 */
@ApplicationScoped
public class IdempotentCreates {

    @Inject
    PlatformClockProvider clock;

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .findAndAddModules()
            .build();

    @Inject
    EntityManager entityManager;

    /** How long an answer is replayed for its key. */
    @ConfigProperty(name = "onenetwork.idempotency.retention", defaultValue = "PT24H")
    Duration retention;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> RestResponse<T> create(String key, String operation, Object request, Class<T> type, Supplier<Created<T>> action) {
        if (key == null) {
            return respond(action.get());
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.badRequest("INVALID_IDEMPOTENCY_KEY", PlatformText.IDEMPOTENCY_KEY_FORMAT.with(),
                    List.of(Violation.of(HEADER, PlatformText.IDEMPOTENCY_KEY_RULE, null)));
        }
        String caller = identity.getPrincipal().getName();
        String hash = hash(operation, request);
        forgetExpired();
        int inserted = entityManager.createNativeQuery("INSERT INTO idempotency_record (caller, idempotency_key, operation, request_hash, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
                .setParameter(1, caller).setParameter(2, key).setParameter(3, operation).setParameter(4, hash)
                .setParameter(5, clock.now())
                .executeUpdate();
        if (inserted == 0) {
            return replay(caller, key, operation, hash, type);
        }
        Created<T> created = action.get();
        entityManager.createNativeQuery("UPDATE idempotency_record SET response_status = 201, response_location = ?1, response_etag = ?2, "
                        + "response_body = ?3 WHERE caller = ?4 AND idempotency_key = ?5")
                .setParameter(1, created.location().toString())
                .setParameter(2, Etags.of(created.version()))
                .setParameter(3, write(json, created.body()))
                .setParameter(4, caller).setParameter(5, key)
                .executeUpdate();
        return respond(created);
    }

    /** Past the retention a key may create anew: its answer, and what it carried, are gone (a batch at a time, never waiting on a row). */
    private void forgetExpired() {
        entityManager.createNativeQuery("DELETE FROM idempotency_record WHERE ctid IN (SELECT ctid FROM idempotency_record WHERE created_at < ?1 "
                + "LIMIT 100 FOR UPDATE SKIP LOCKED)").setParameter(1, clock.now().minus(retention)).executeUpdate();
    }

    private <T> RestResponse<T> replay(String caller, String key, String operation, String hash, Class<T> type) {
        Object[] row = (Object[]) entityManager.createNativeQuery("SELECT operation, request_hash, response_location, response_etag, response_body "
                        + "FROM idempotency_record WHERE caller = ?1 AND idempotency_key = ?2")
                .setParameter(1, caller).setParameter(2, key)
                .getSingleResult();
        if (!operation.equals(row[0]) || !hash.equals(row[1]) || row[4] == null) {
            throw ProblemException.businessRule("IDEMPOTENCY_KEY_REUSED", PlatformText.IDEMPOTENCY_KEY_REUSED.with(key));
        }
        try {
            T body = json.readValue((String) row[4], type);
            return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.CREATED, body)
                    .location(URI.create((String) row[2]))
                    .header("ETag", row[3])
                    .header("Idempotency-Replayed", "true")
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response cannot be read", e);
        }
    }

    private static <T> RestResponse<T> respond(Created<T> created) {
        return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.CREATED, created.body())
                .location(created.location())
                .header("ETag", Etags.of(created.version()))
                .build();
    }

    private static String hash(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(write(CANONICAL, request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
