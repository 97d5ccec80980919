package cn.onenetwork.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Which service owns which path prefix, and the limits of each route: the gateway's whole knowledge of the platform's
 * shape. A route groups prefixes that share an upstream and limits; what a route leaves unset takes the defaults here,
 * whose values are set in application.properties, the one place an operator reads them.
 */
@ConfigMapping(prefix = "onenetwork.gateway")
public interface RouteTable {

    /** The services behind the gateway, by name: where each listens. Each has its own circuit breaker and readiness. */
    Map<String, URI> upstreams();

    Map<String, Route> routes();

    /** How long an upstream may stay silent on a whole request before the gateway answers 504, unless the route sets its own. */
    Duration upstreamTimeout();

    /** The largest JSON request body (application/json, *+json), unless the route sets its own: API calls are small. */
    long jsonMaxBodyBytes();

    /** The largest other request body (documents), unless the route sets its own (imports). Streamed, never held whole. */
    long uploadMaxBodyBytes();

    Breaker breaker();

    /** Per caller (token subject), across every route: the sustained rate and the burst allowed before 429. */
    RateLimit rateLimit();

    interface Route {
        /** The name of the upstream that serves it. */
        String upstream();

        /** Path prefixes, matched at a segment boundary; the longest prefix of all routes wins. */
        List<String> prefixes();

        /**
         * Callable without a token (certificate verification, public disclosure), limited per client address by the route's
         * own rate limit, which it must set. Every other route requires a token.
         */
        @WithDefault("false")
        boolean anonymous();

        Optional<Duration> timeout();

        OptionalLong jsonMaxBodyBytes();

        OptionalLong uploadMaxBodyBytes();

        /** A rate of its own per caller (per client address when anonymous), on top of the caller's overall rate. */
        Optional<RateLimit> rateLimit();
    }

    interface RateLimit {
        double perSecond();

        int burst();
    }

    /** Per upstream: so many failures in a row open the breaker, which lets one trial call through after the pause. */
    interface Breaker {
        int failureThreshold();

        Duration openFor();
    }
}
