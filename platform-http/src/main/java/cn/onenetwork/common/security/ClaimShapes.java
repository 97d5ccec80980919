package cn.onenetwork.common.security;

import cn.onenetwork.common.i18n.PlatformText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The shape of the platform's claims, checked on every verified token at the gateway and in every service: a token whose
 * {@code division} is not a string of 6, 9 or 12 digits, whose {@code agency} is not an 18-character credit code, or whose
 * {@code groups} is not a list of strings is refused as unauthenticated (401), never left to fail later as a 500. The
 * claims are read from the token's own payload: the token library quietly turns some wrong types into empty values.
 */
public final class ClaimShapes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DIVISION = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");
    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

    private ClaimShapes() {
    }

    /** Why the token's claims are malformed, or empty when they are well formed (absent claims are the scope rule's business). */
    public static Optional<PlatformText> problem(JsonWebToken token) {
        JsonNode claims;
        try {
            String[] parts = token.getRawToken().split("\\.");
            claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | RuntimeException e) {
            return Optional.of(PlatformText.CLAIMS_UNREADABLE);
        }
        if (claims.has("division") && !matches(claims.get("division"), DIVISION)) {
            return Optional.of(PlatformText.CLAIM_DIVISION);
        }
        if (claims.has("agency") && !matches(claims.get("agency"), CREDIT_CODE)) {
            return Optional.of(PlatformText.CLAIM_AGENCY);
        }
        JsonNode groups = claims.get("groups");
        if (groups != null) {
            boolean strings = groups.isArray();
            for (JsonNode group : groups) {
                strings &= group.isTextual();
            }
            if (!strings) {
                return Optional.of(PlatformText.CLAIM_GROUPS);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(JsonNode value, Pattern pattern) {
        return value.isTextual() && pattern.matcher(value.asText()).matches();
    }
}
