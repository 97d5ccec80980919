package cn.onenetwork.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The gateway is ready when every upstream is: each is asked for its own readiness and listed with the answer and its
 * breaker's state, so that an orchestrator sees which one is down. Liveness does not depend on them.
 */
@Readiness
@ApplicationScoped
public class UpstreamReadiness implements HealthCheck {

    private static final Duration WAIT = Duration.ofSeconds(2);

    @Inject
    RouteTable routes;

    @Inject
    ApiProxy proxy;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();

    @Override
    public HealthCheckResponse call() {
        // All upstreams are asked at once, so that a silent one delays the answer by one wait, not one per upstream.
        Map<String, CompletableFuture<String>> states = new TreeMap<>();
        routes.upstreams().forEach((name, url) -> states.put(name, state(url)));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams").up();
        states.forEach((name, pending) -> {
            String state = pending.join();
            UpstreamBreaker breaker = proxy.breakers().get(name);
            response.withData(name, state + (breaker == null ? "" : ", breaker " + breaker.state()));
            if (!state.equals("UP")) {
                response.down();
            }
        });
        return response.build();
    }

    private CompletableFuture<String> state(URI url) {
        return http.sendAsync(HttpRequest.newBuilder(url.resolve("/q/health/ready")).timeout(WAIT).build(), HttpResponse.BodyHandlers.discarding())
                .thenApply(answer -> answer.statusCode() == 200 ? "UP" : "DOWN (readiness " + answer.statusCode() + ")")
                .exceptionally(error -> "DOWN (" + (error.getCause() == null ? error : error.getCause()).getClass().getSimpleName() + ")");
    }
}
