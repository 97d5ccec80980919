package cn.onenetwork.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
        HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams").up();
        routes.upstreams().forEach((name, url) -> {
            String state = state(url);
            UpstreamBreaker breaker = proxy.breakers().get(name);
            response.withData(name, state + (breaker == null ? "" : ", breaker " + breaker.state()));
            if (!state.equals("UP")) {
                response.down();
            }
        });
        return response.build();
    }

    private String state(URI url) {
        try {
            int status = http.send(HttpRequest.newBuilder(url.resolve("/q/health/ready")).timeout(WAIT).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? "UP" : "DOWN (readiness " + status + ")";
        } catch (java.io.IOException e) {
            return "DOWN (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "DOWN (interrupted)";
        }
    }
}
