package cn.onenetwork.gateway;

import cn.onenetwork.common.http.RequestIds;
import cn.onenetwork.common.i18n.Languages;
import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.common.problem.FieldError;
import cn.onenetwork.common.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Forwards /api/** to the owning service, streaming both bodies. It verifies the bearer token and the shape of its claims
 * first, so that anonymous, forged or malformed traffic stops here, limits each caller, each body and each wait, keeps a
 * circuit breaker per upstream, retries an idempotent call without a body once when its connection fails, and carries the
 * caller's token and the request id to the service, which verifies the token again and applies the scope rule.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    private static final long DRAINED_AT_MOST = 16L * 1024 * 1024;
    private static final int CONNECT_TIMEOUT_MILLIS = 5000;
    private static final Set<HttpMethod> IDEMPOTENT_WITHOUT_BODY = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection, and the request id is the gateway's own: neither is copied. */
    private static final Set<String> NOT_COPIED = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        NOT_COPIED.addAll(List.of("connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding",
                "upgrade", "host", RequestIds.HEADER));
    }

    @Inject
    Vertx vertx;

    @Inject
    VerifiedTokens tokens;

    @Inject
    RouteTable table;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    /**
     * One client per event loop, used only from its own loop: every pooled connection is then served by the thread that
     * serves the caller, whichever connection the pool picks, and a request never waits for another thread.
     */
    private ThreadLocal<HttpClient> clients;
    private Routes routes;
    private CallerRateLimiter limiter;
    private final Map<String, UpstreamBreaker> breakers = new HashMap<>();
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    void register(@Observes Router router) {
        routes = new Routes(table, System::nanoTime);
        limiter = new CallerRateLimiter(table.rateLimit().perSecond(), table.rateLimit().burst(), System::nanoTime);
        HttpClientOptions options = new HttpClientOptions().setMaxPoolSize(32).setKeepAlive(true).setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
                .setKeepAliveTimeout(60);
        clients = ThreadLocal.withInitial(() -> vertx.createHttpClient(options));
        routes.upstreams().keySet().forEach(name -> {
            UpstreamBreaker breaker = new UpstreamBreaker(table.breaker().failureThreshold(), table.breaker().openFor().toNanos(), System::nanoTime);
            breakers.put(name, breaker);
            Gauge.builder("gateway.upstream.breaker", breaker, b -> b.state().ordinal()).description("0 closed, 1 half open, 2 open")
                    .tag("upstream", name).register(metrics);
        });
        router.route("/api/*").handler(this::handle);
    }

    /** The breaker of each upstream, for readiness. */
    Map<String, UpstreamBreaker> breakers() {
        return breakers;
    }

    private void handle(RoutingContext rc) {
        long started = System.nanoTime();
        HttpServerRequest request = rc.request();
        request.pause();
        String requestId = rc.get(RequestIds.MDC_KEY);
        Routes.Route route = routes.match(request.path());
        rc.response().endHandler(v -> record(route, request.method(), rc.response().getStatusCode(), started));
        // An encoded dot-segment names no path: refused here, whether or not a service would have been asked.
        if (request.path().toLowerCase(Locale.ROOT).matches(".*/(%2e|\\.)(%2e|\\.)(/.*)?")) {
            problem(rc, 400, "INVALID_PARAMETER", PlatformText.PARAMETER_INVALID.with("path", PlatformText.DOT_SEGMENT.with()), requestId, "path");
            return;
        }
        if (route == null) {
            problem(rc, 404, "NOT_FOUND", PlatformText.NO_ROUTE.with(request.path()), requestId);
            return;
        }
        if (route.anonymous()) {
            String address = request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress();
            if (!admitted(rc, route.limiter(), address, route.rateLimit(), PlatformText.ONE_ADDRESS_ON_ROUTE, requestId)) {
                return;
            }
        } else {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                unauthorized(rc, PlatformText.TOKEN_REQUIRED.with(), requestId);
                return;
            }
            VerifiedTokens.Result verified = tokens.verify(authorization.substring(7).trim());
            if (verified.refusal() != null) {
                unauthorized(rc, verified.refusal(), requestId);
                return;
            }
            String caller = verified.subject();
            if (!admitted(rc, limiter, caller, table.rateLimit(), PlatformText.ONE_CALLER, requestId)
                    || route.limiter() != null && !admitted(rc, route.limiter(), caller, route.rateLimit(), PlatformText.ONE_CALLER_ON_ROUTE, requestId)) {
                return;
            }
        }
        long limit = route.maxBodyBytes(isJson(request.getHeader(HttpHeaders.CONTENT_TYPE)));
        long declared = contentLength(request);
        if (declared > limit) {
            // A body a little too large is read and dropped, so that the caller, still sending, reads the answer; a huge one is cut off.
            if (declared > limit + DRAINED_AT_MOST) {
                rc.response().putHeader(HttpHeaders.CONNECTION, "close");
            }
            tooLarge(rc, limit, requestId);
            return;
        }
        long retryAfter = breakers.get(route.upstream()).acquire();
        if (retryAfter > 0) {
            rc.response().putHeader("Retry-After", Long.toString(retryAfter));
            problem(rc, 503, "UPSTREAM_CIRCUIT_OPEN", PlatformText.UPSTREAM_CIRCUIT_OPEN.with(retryAfter), requestId);
            return;
        }
        forward(new Call(rc, route, limit, declared, requestId, started), 0);
    }

    /** One proxied request: where it goes, what it may send, and whether it was cut short by the gateway itself. */
    private static final class Call {
        final RoutingContext rc;
        final Routes.Route route;
        final long limit;
        final long declared;
        final String requestId;
        final long started;
        boolean abandoned;

        Call(RoutingContext rc, Routes.Route route, long limit, long declared, String requestId, long started) {
            this.rc = rc;
            this.route = route;
            this.limit = limit;
            this.declared = declared;
            this.requestId = requestId;
            this.started = started;
        }

        /**
         * How long the upstream may stay silent: a call with a body, the route's timeout from the end of its upload; one
         * without, what remains of the route's timeout since it arrived, so that its retry too ends within the timeout.
         */
        long waitMillis() {
            long timeout = route.timeout().toMillis();
            return hasBody() ? timeout : timeout - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        }

        boolean hasBody() {
            return declared > 0 || rc.request().headers().contains(HttpHeaders.TRANSFER_ENCODING);
        }

        String upstream() {
            return route.upstream();
        }
    }

    /** Every request under /api, refused at the edge or forwarded, is timed by route, upstream, method and status. */
    private void record(Routes.Route route, HttpMethod method, int status, long started) {
        String name = route == null ? "unmatched" : route.name();
        timers.computeIfAbsent(name + ' ' + method.name() + ' ' + status, k -> Timer.builder("gateway.requests")
                .description("Requests under /api, by route, upstream, method and status").publishPercentileHistogram().tag("route", name)
                .tag("upstream", route == null ? "none" : route.upstream()).tag("method", method.name()).tag("status", Integer.toString(status))
                .register(metrics)).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    private void forward(Call call, int attempt) {
        HttpServerRequest request = call.rc.request();
        URI target = call.route.url();
        RequestOptions options = new RequestOptions().setMethod(request.method()).setHost(target.getHost()).setPort(target.getPort())
                .setURI(request.uri()).setConnectTimeout(Math.max(1, Math.min(CONNECT_TIMEOUT_MILLIS, call.waitMillis())));
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        copyHeaders(request.headers(), headers);
        options.setHeaders(headers);
        options.putHeader(RequestIds.HEADER, call.requestId);
        options.putHeader("X-Forwarded-Host", request.authority() == null ? "" : request.authority().toString());
        options.putHeader("X-Forwarded-Proto", request.scheme());
        options.putHeader("X-Forwarded-For", request.remoteAddress() == null ? "" : request.remoteAddress().hostAddress());
        clients.get().request(options).onComplete(opened -> {
            if (opened.failed()) {
                failed(call, attempt, opened.cause());
                return;
            }
            HttpClientRequest upstream = opened.result();
            upstream.response().onSuccess(response -> relay(call, response)).onFailure(error -> failed(call, attempt, error));
            if (!call.hasBody()) {
                awaitAnswer(call, upstream);
                return;
            }
            send(call, upstream);
        });
    }

    /** Streams the caller's body to the upstream with back-pressure, counting it against the limit when its length was not declared. */
    private void send(Call call, HttpClientRequest upstream) {
        HttpServerRequest request = call.rc.request();
        if (call.declared < 0) {
            upstream.setChunked(true);
        }
        long[] received = {0};
        request.handler(chunk -> {
            received[0] += chunk.length();
            if (received[0] > call.limit) {
                call.abandoned = true;
                breakers.get(call.upstream()).abandoned();
                request.handler(null);
                upstream.reset();
                call.rc.response().putHeader(HttpHeaders.CONNECTION, "close");
                tooLarge(call.rc, call.limit, call.requestId);
                return;
            }
            upstream.write(chunk);
            if (upstream.writeQueueFull()) {
                request.pause();
                upstream.drainHandler(v -> request.resume());
            }
        });
        request.endHandler(v -> {
            if (!call.abandoned) {
                awaitAnswer(call, upstream);
            }
        });
        request.exceptionHandler(error -> {
            call.abandoned = true;
            breakers.get(call.upstream()).abandoned();
            upstream.reset();
        });
        request.resume();
    }

    /**
     * Ends the upstream request and starts the route's timeout: it measures the upstream's silence once it has the whole
     * request, so that a large upload is never cut off while it is still being sent.
     */
    private static void awaitAnswer(Call call, HttpClientRequest upstream) {
        upstream.idleTimeout(Math.max(1, call.waitMillis()));
        upstream.end();
    }

    private void relay(Call call, HttpClientResponse response) {
        breakers.get(call.upstream()).succeeded();
        HttpServerResponse out = call.rc.response();
        if (out.ended() || call.abandoned) {
            return;
        }
        out.setStatusCode(response.statusCode()).setStatusMessage(response.statusMessage());
        copyHeaders(response.headers(), out.headers());
        if (!response.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            out.setChunked(true);
        }
        response.pipeTo(out).onFailure(error -> LOG.warnf("Relaying from %s broke off: %s", call.upstream(), error.toString()));
    }

    /**
     * A connection that failed before any answer: a call without a body whose method is idempotent goes once more while the
     * breaker allows it; otherwise the caller gets 502, or 504 when the upstream stayed silent past the route's timeout.
     */
    private void failed(Call call, int attempt, Throwable error) {
        if (call.abandoned) {
            return;
        }
        boolean timeout = error instanceof TimeoutException || error.getClass().getSimpleName().contains("Timeout");
        boolean connection = error instanceof ConnectException || error instanceof HttpClosedException
                || (error.getMessage() != null && error.getMessage().toLowerCase(Locale.ROOT).contains("connection"));
        if (!timeout && connection && attempt == 0 && !call.hasBody() && call.waitMillis() > 0 && IDEMPOTENT_WITHOUT_BODY.contains(call.rc.request().method())
                && !call.rc.response().headWritten()) {
            LOG.infof("Retrying %s %s once: %s", call.rc.request().method(), call.rc.request().uri(), error.toString());
            forward(call, 1);
            return;
        }
        breakers.get(call.upstream()).failed();
        LOG.warnf("Upstream %s failed: %s", call.upstream(), error.toString());
        if (timeout) {
            problem(call.rc, 504, "UPSTREAM_TIMEOUT", PlatformText.UPSTREAM_TIMEOUT.with(call.route.timeout().toSeconds()), call.requestId);
        } else {
            problem(call.rc, 502, "UPSTREAM_UNAVAILABLE", PlatformText.UPSTREAM_UNAVAILABLE.with(), call.requestId);
        }
    }

    /** False, having answered 429 with Retry-After, when the key has used up its bucket. */
    private boolean admitted(RoutingContext rc, CallerRateLimiter bucket, String key, RouteTable.RateLimit limit, PlatformText who, String requestId) {
        long retryAfter = bucket.acquire(key);
        if (retryAfter <= 0) {
            return true;
        }
        rc.response().putHeader("Retry-After", Long.toString(retryAfter));
        problem(rc, 429, "RATE_LIMITED", PlatformText.RATE_LIMITED.with(limit.perSecond(), limit.burst(), who.with(), retryAfter), requestId);
        return false;
    }

    private void tooLarge(RoutingContext rc, long limit, String requestId) {
        problem(rc, 413, "PAYLOAD_TOO_LARGE", PlatformText.BODY_TOO_LARGE.with(limit), requestId);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json");
    }

    private static long contentLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        for (Map.Entry<String, String> header : from) {
            if (!NOT_COPIED.contains(header.getKey())) {
                to.add(header.getKey(), header.getValue());
            }
        }
    }

    private void unauthorized(RoutingContext rc, Text detail, String requestId) {
        rc.response().putHeader("WWW-Authenticate", "Bearer");
        problem(rc, 401, "UNAUTHENTICATED", detail, requestId);
    }

    private void problem(RoutingContext rc, int status, String code, Text detail, String requestId) {
        problem(rc, status, code, detail, requestId, null);
    }

    /** The gateway's own answer, in the language the caller asked for; {@code badPart} names the part of the request at fault (its path). */
    private void problem(RoutingContext rc, int status, String code, Text detail, String requestId, String badPart) {
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        java.util.Locale language = Languages.negotiate(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        List<FieldError> errors = badPart == null ? List.of()
                : List.of(new FieldError(badPart, PlatformText.DOT_SEGMENT.with().render(language), rc.request().path()));
        Problem problem = new Problem(Problem.typeFor(code), PlatformText.title(status).with().render(language), status, detail.render(language),
                rc.request().path(), code, requestId, errors);
        try {
            rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, Languages.tag(language)).end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            rc.fail(e);
        }
        if (!rc.request().isEnded() && !"close".equalsIgnoreCase(rc.response().headers().get(HttpHeaders.CONNECTION))) {
            // A body refused before it was read is drained, so that the kept-alive connection serves the next request.
            rc.request().handler(null).resume();
        }
    }
}
