package cn.onenetwork.gateway;

import cn.onenetwork.common.http.RequestIds;
import cn.onenetwork.common.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Forwards /api/** to the owning service. It verifies the bearer token first, so that anonymous or
 * forged traffic stops here, and carries the caller's token and the request id to the service,
 * which verifies the token again and applies the scope rule.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    /** Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and are never forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate", "proxy-authorization",
            "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");

    /** Bulk imports are the largest requests: 10,000 rows of CSV fit well below this. */
    private static final long MAX_BODY_BYTES = 64L * 1024 * 1024;

    @Inject
    Vertx vertx;

    @Inject
    JWTParser tokens;

    @Inject
    RouteTable routes;

    @Inject
    ObjectMapper json;

    private HttpClient client;
    private CallerRateLimiter limiter;
    private CallerRateLimiter anonymousLimiter;

    void register(@Observes Router router) {
        limiter = new CallerRateLimiter(routes.rateLimit().perSecond(), routes.rateLimit().burst(), System::nanoTime);
        anonymousLimiter = new CallerRateLimiter(routes.anonymousRateLimit().perSecond(), routes.anonymousRateLimit().burst(), System::nanoTime);
        client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(64).setKeepAlive(true)
                .setConnectTimeout(5000).setIdleTimeout((int) routes.upstreamTimeout().toSeconds()));
        router.route("/api/*").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES)).handler(this::handle);
    }

    private void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String requestId = rc.get(RequestIds.MDC_KEY);
        Optional<Map.Entry<String, RouteTable.Route>> route = routes.match(request.path());
        if (route.isEmpty()) {
            problem(rc, 404, "NOT_FOUND", "Not found", "No service serves " + request.path(), requestId);
            return;
        }
        if (routes.anonymous(request.path())) {
            String address = request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress();
            if (!admitted(rc, anonymousLimiter, address, routes.anonymousRateLimit(), "one address", requestId)) {
                return;
            }
        } else {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                unauthorized(rc, "A bearer token is required", requestId);
                return;
            }
            String caller;
            try {
                caller = tokens.parse(authorization.substring(7).trim()).getSubject();
            } catch (ParseException e) {
                unauthorized(rc, "The bearer token is invalid, expired or not signed by a trusted key", requestId);
                return;
            }
            if (!admitted(rc, limiter, caller == null ? "" : caller, routes.rateLimit(), "one caller", requestId)) {
                return;
            }
        }
        URI target = route.get().getValue().url();
        Buffer body = rc.body().buffer();
        forward(rc, target, body == null ? Buffer.buffer() : body, requestId);
    }

    /** False, having answered 429 with Retry-After, when the key has used up its bucket. */
    private boolean admitted(RoutingContext rc, CallerRateLimiter bucket, String key, RouteTable.RateLimit limit, String who, String requestId) {
        long retryAfter = bucket.acquire(key);
        if (retryAfter <= 0) {
            return true;
        }
        rc.response().putHeader("Retry-After", Long.toString(retryAfter));
        problem(rc, 429, "RATE_LIMITED", "Too many requests", "More than " + limit.perSecond() + " requests per second (bursts of "
                + limit.burst() + ") from " + who + "; retry after " + retryAfter + " s", requestId);
        return false;
    }

    private void forward(RoutingContext rc, URI target, Buffer body, String requestId) {
        HttpServerRequest request = rc.request();
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setHost(target.getHost())
                .setPort(target.getPort())
                .setURI(request.uri())
                .setIdleTimeout(routes.upstreamTimeout().toMillis());
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        copyHeaders(request.headers(), headers);
        options.setHeaders(headers);
        options.putHeader(RequestIds.HEADER, requestId);
        options.putHeader("X-Forwarded-Host", request.authority() == null ? "" : request.authority().toString());
        options.putHeader("X-Forwarded-Proto", request.scheme());
        options.putHeader("X-Forwarded-For", request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress());
        client.request(options)
                .compose(upstream -> upstream.send(body))
                .compose(response -> response.body().map(payload -> Map.entry(response, payload)))
                .onSuccess(result -> relay(rc, result.getKey(), result.getValue()))
                .onFailure(error -> upstreamFailed(rc, target, error, requestId));
    }

    private void relay(RoutingContext rc, HttpClientResponse response, Buffer payload) {
        if (rc.response().ended()) {
            return;
        }
        rc.response().setStatusCode(response.statusCode()).setStatusMessage(response.statusMessage());
        copyHeaders(response.headers(), rc.response().headers());
        rc.response().end(payload);
    }

    private void upstreamFailed(RoutingContext rc, URI target, Throwable error, String requestId) {
        boolean timeout = error instanceof TimeoutException || error.getClass().getSimpleName().contains("Timeout");
        LOG.warnf("Upstream %s failed: %s", target, error.toString());
        if (error instanceof ConnectException || !timeout) {
            problem(rc, 502, "UPSTREAM_UNAVAILABLE", "Bad gateway", "The service behind this path is not reachable; retry later", requestId);
        } else {
            problem(rc, 504, "UPSTREAM_TIMEOUT", "Gateway timeout", "The service behind this path did not answer in time", requestId);
        }
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        for (Map.Entry<String, String> header : from) {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT)) && !header.getKey().equalsIgnoreCase(RequestIds.HEADER)) {
                to.add(header.getKey(), header.getValue());
            }
        }
    }

    private void unauthorized(RoutingContext rc, String detail, String requestId) {
        rc.response().putHeader("WWW-Authenticate", "Bearer");
        problem(rc, 401, "UNAUTHENTICATED", "Unauthenticated", detail, requestId);
    }

    private void problem(RoutingContext rc, int status, String code, String title, String detail, String requestId) {
        if (rc.response().ended()) {
            return;
        }
        Problem problem = new Problem(Problem.typeFor(code), title, status, detail, rc.request().path(), code, requestId, List.of());
        try {
            rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            rc.fail(e);
        }
    }
}
