package cn.onenetwork.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which service owns which path prefix: the gateway's whole knowledge of the platform's shape. */
@ConfigMapping(prefix = "onenetwork.gateway")
public interface RouteTable {

    Map<String, Route> routes();

    /** How long an upstream may stay silent on a request before the gateway answers 504; a route may set its own. */
    Duration upstreamTimeout();

    /** The largest JSON request body (application/json, *+json): API calls are small. */
    @WithDefault("1048576")
    long jsonMaxBodyBytes();

    /** The largest other request body: imports (CSV, XLSX) and documents. Streamed, never held whole. */
    @WithDefault("67108864")
    long uploadMaxBodyBytes();

    Breaker breaker();

    /** Per caller (token subject): the sustained rate and the burst allowed before 429. */
    RateLimit rateLimit();

    /**
     * Paths anyone may call without a token (certificate verification), listed one by one; every other route requires a
     * token. They are limited per client address instead of per caller.
     */
    List<String> anonymousPaths();

    RateLimit anonymousRateLimit();

    default boolean anonymous(String path) {
        return anonymousPaths().stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    interface RateLimit {
        double perSecond();

        int burst();
    }

    interface Route {
        URI url();

        List<String> prefixes();

        Optional<Duration> timeout();
    }

    /** Per upstream: so many failures in a row open the breaker, which lets one trial call through after the pause. */
    interface Breaker {
        @WithDefault("5")
        int failureThreshold();

        @WithDefault("10s")
        Duration openFor();
    }

    /** The route whose prefix matches the path at a segment boundary; the longest prefix wins. */
    default Optional<Map.Entry<String, Route>> match(String path) {
        return routes().entrySet().stream()
                .flatMap(e -> e.getValue().prefixes().stream()
                        .filter(p -> path.equals(p) || path.startsWith(p + "/"))
                        .map(p -> Map.entry(p.length(), e)))
                .max(Comparator.comparingInt(Map.Entry::getKey))
                .map(Map.Entry::getValue);
    }
}
