package cn.onenetwork.dev;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * DEVELOPMENT ONLY. Mints tokens signed with the development key that the local stack and the tests
 * use. Services refuse this key in the prod profile.
 */
public final class DevTokens {

    public static final String ISSUER = "https://one-network.dev/local-issuer";
    /** The audience every development token carries; the local stack requires it, as a region's issuer would. */
    public static final String AUDIENCE = "one-network";
    private static final PrivateKey DEV_KEY = loadDevKey();

    private DevTokens() {
    }

    /** A token for someone acting for {@code division} (and, for a user unit, {@code agency}). */
    public static String mint(String subject, String division, String agency, Duration ttl, String... roles) {
        return sign(DEV_KEY, claims(subject, division, agency, Instant.now(), ttl, roles));
    }

    public static String bureauAdmin(String division) {
        return mint("bureau-" + division, division, null, Duration.ofHours(12), "BUREAU_ADMIN");
    }

    public static String auditor(String division) {
        return mint("auditor-" + division, division, null, Duration.ofHours(12), "AUDITOR");
    }

    public static String agencyUser(String division, String creditCode) {
        return mint("unit-" + creditCode, division, creditCode, Duration.ofHours(12), "AGENCY_USER");
    }

    /** Runs the platform: replays dead letters and releases parked events (/ops/v1 on each service's own port). */
    public static String operator() {
        return mint("operator", "100000", null, Duration.ofHours(12), "PLATFORM_OPERATOR");
    }

    /** Issued two hours ago, expired one hour ago. */
    public static String expired(String division) {
        return sign(DEV_KEY, claims("expired-" + division, division, null, Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1), "BUREAU_ADMIN"));
    }

    /** Well-formed but signed by a key nobody trusts. */
    public static String signedByStranger(String division) {
        try {
            PrivateKey stranger = new RSAKeyGenerator(2048).generate().toRSAPrivateKey();
            return sign(stranger, claims("stranger", division, null, Instant.now(), Duration.ofHours(1), "BUREAU_ADMIN"));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Tokens that must each be refused with 401, never answered 500: by name, an unsigned one, one signed HS256 with the
     * public key as its secret, a stranger's issuer, an expired one, and claims of the wrong type or shape.
     */
    public static Map<String, String> forgeries(String division) {
        Map<String, String> tokens = new LinkedHashMap<>();
        JWTClaimsSet good = claims("forger", division, null, Instant.now(), Duration.ofHours(1), "BUREAU_ADMIN");
        tokens.put("alg none", new PlainJWT(good).serialize());
        try {
            SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), good);
            hmac.sign(new MACSigner(publicKeyPem().getBytes(StandardCharsets.US_ASCII)));
            tokens.put("HS256 signed with the public key", hmac.serialize());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        tokens.put("wrong issuer", sign(DEV_KEY, new JWTClaimsSet.Builder(good).issuer("https://elsewhere.example/issuer").build()));
        tokens.put("expired", expired(division));
        tokens.put("division a number", sign(DEV_KEY, new JWTClaimsSet.Builder(good).claim("division", Long.parseLong(division)).build()));
        tokens.put("division a list", sign(DEV_KEY, new JWTClaimsSet.Builder(good).claim("division", List.of(division)).build()));
        tokens.put("division an object", sign(DEV_KEY, new JWTClaimsSet.Builder(good).claim("division", Map.of("code", division)).build()));
        tokens.put("division a short string", sign(DEV_KEY, new JWTClaimsSet.Builder(good).claim("division", "6401").build()));
        tokens.put("groups not strings", sign(DEV_KEY, new JWTClaimsSet.Builder(good).claim("groups", List.of(1, 2)).build()));
        tokens.put("agency not a credit code", sign(DEV_KEY, new JWTClaimsSet.Builder(good).claim("agency", 12345).build()));
        return tokens;
    }

    /** Tokens refused where an audience is required (ONENETWORK_JWT_AUDIENCE), and accepted where none is: by name. */
    public static Map<String, String> wrongAudiences(String division) {
        JWTClaimsSet good = claims("bureau-" + division, division, null, Instant.now(), Duration.ofHours(1), "BUREAU_ADMIN");
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no audience", sign(DEV_KEY, new JWTClaimsSet.Builder(good).audience((String) null).build()));
        tokens.put("another audience", sign(DEV_KEY, new JWTClaimsSet.Builder(good).audience("another-system").build()));
        return tokens;
    }

    /** The development public key in PEM, as a naive HS256 verifier would take it for a shared secret. */
    private static String publicKeyPem() {
        try {
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) DEV_KEY;
            PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(publicKey.getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet claims(String subject, String division, String agency, Instant issuedAt, Duration ttl, String... roles) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .claim("upn", subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(ttl)))
                .claim("division", division)
                .claim("groups", List.of(roles));
        if (agency != null) {
            builder.claim("agency", agency);
        }
        return builder.build();
    }

    private static String sign(PrivateKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey loadDevKey() {
        try (InputStream in = DevTokens.class.getResourceAsStream("/one-network-dev/DEVELOPMENT-ONLY-jwt-private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("development key cannot be read", e);
        }
    }
}
