package cn.onenetwork.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The route table as the proxy reads it on every request: each prefix with its route, longest first, and each route's
 * limits resolved against the defaults. Built once at start; a table that names an unknown upstream, lists a prefix twice
 * or leaves an anonymous route without a rate limit stops the gateway from starting.
 */
final class Routes {

    /** One route with everything the proxy needs per request. */
    record Route(String name, String upstream, URI url, boolean anonymous, Duration timeout, long jsonMaxBodyBytes, long uploadMaxBodyBytes,
            RouteTable.RateLimit rateLimit, CallerRateLimiter limiter) {

        /** The body limit for a request of this content type: JSON calls are small, imports and documents large. */
        long maxBodyBytes(boolean json) {
            return json ? jsonMaxBodyBytes : uploadMaxBodyBytes;
        }
    }

    private record Prefix(String path, Route route) {
    }

    private final List<Prefix> prefixes = new ArrayList<>();
    private final Map<String, URI> upstreams;

    Routes(RouteTable table, LongSupplier nanoClock) {
        this.upstreams = Map.copyOf(table.upstreams());
        Map<String, String> owners = new HashMap<>();
        table.routes().forEach((name, spec) -> {
            URI url = upstreams.get(spec.upstream());
            if (url == null) {
                throw new IllegalStateException("Route " + name + " names upstream " + spec.upstream() + ", which is not among " + upstreams.keySet());
            }
            if (spec.anonymous() && spec.rateLimit().isEmpty()) {
                throw new IllegalStateException("Route " + name + " is anonymous and needs its own rate limit per client address");
            }
            CallerRateLimiter limiter = spec.rateLimit().map(r -> new CallerRateLimiter(r.perSecond(), r.burst(), nanoClock)).orElse(null);
            Route route = new Route(name, spec.upstream(), url, spec.anonymous(), spec.timeout().orElse(table.upstreamTimeout()),
                    spec.jsonMaxBodyBytes().orElse(table.jsonMaxBodyBytes()), spec.uploadMaxBodyBytes().orElse(table.uploadMaxBodyBytes()),
                    spec.rateLimit().orElse(null), limiter);
            for (String prefix : spec.prefixes()) {
                if (!prefix.startsWith("/api/") || prefix.endsWith("/")) {
                    throw new IllegalStateException("Route " + name + ": prefix " + prefix + " must start with /api/ and not end with /");
                }
                String owner = owners.putIfAbsent(prefix, name);
                if (owner != null) {
                    throw new IllegalStateException("Prefix " + prefix + " is listed by routes " + owner + " and " + name);
                }
                prefixes.add(new Prefix(prefix, route));
            }
        });
        prefixes.sort(Comparator.comparingInt((Prefix p) -> p.path().length()).reversed());
    }

    /** The route whose prefix matches the path at a segment boundary, the longest prefix winning; null when none does. */
    Route match(String path) {
        for (Prefix prefix : prefixes) {
            String p = prefix.path();
            if (path.startsWith(p) && (path.length() == p.length() || path.charAt(p.length()) == '/')) {
                return prefix.route();
            }
        }
        return null;
    }

    /** The services behind the gateway, by name. */
    Map<String, URI> upstreams() {
        return upstreams;
    }
}
