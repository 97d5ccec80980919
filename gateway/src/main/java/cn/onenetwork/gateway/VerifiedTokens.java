package cn.onenetwork.gateway;

import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.common.security.ClaimShapes;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens verified once and remembered until they expire: a caller sends the same token with every call, and the
 * signature check is most of the gateway's own work (measured: benchmarks/edge.sh). A token is remembered by its exact
 * text, so nothing unverified is ever taken from the cache; past its expiry it is verified again, and accepted only as
 * long as the verifier's clock skew allows, as a service would.
 */
@Singleton
public class VerifiedTokens {

    /** Enough for a region's callers; when full, the cache starts again rather than track ages. */
    private static final int CAPACITY = 50_000;

    @Inject
    JWTParser parser;

    /** What the gateway needs of a verified token: whose it is (for the rate limits) and until when it holds. */
    private record Verified(String subject, long expiresAt) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** The caller (the token's subject) when the token is valid, well formed and unexpired; otherwise why not, as the 401's detail. */
    public Result verify(String raw) {
        Verified known = verified.get(raw);
        if (known != null) {
            if (known.expiresAt() > System.currentTimeMillis() / 1000) {
                return new Result(known.subject(), null);
            }
            verified.remove(raw);
        }
        JsonWebToken token;
        try {
            token = parser.parse(raw);
        } catch (ParseException e) {
            return new Result(null, PlatformText.TOKEN_INVALID.with());
        }
        Optional<PlatformText> malformed = ClaimShapes.problem(token);
        if (malformed.isPresent()) {
            return new Result(null, PlatformText.TOKEN_CLAIMS.with(malformed.get().with()));
        }
        if (verified.size() >= CAPACITY) {
            verified.clear();
        }
        String subject = token.getSubject() == null ? "" : token.getSubject();
        verified.put(raw, new Verified(subject, token.getExpirationTime()));
        return new Result(subject, null);
    }

    /** Either the caller's subject ("" when the token names none) or the refusal. */
    public record Result(String subject, Text refusal) {
    }
}
