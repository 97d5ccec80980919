package cn.onenetwork.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RoutesTest {

    record Rate(double perSecond, int burst) implements RouteTable.RateLimit {
    }

    record Spec(String upstream, List<String> prefixes, boolean anonymous, Optional<Duration> timeout, OptionalLong jsonMaxBodyBytes,
            OptionalLong uploadMaxBodyBytes, Optional<RouteTable.RateLimit> rateLimit) implements RouteTable.Route {

        static Spec of(String upstream, String... prefixes) {
            return new Spec(upstream, List.of(prefixes), false, Optional.empty(), OptionalLong.empty(), OptionalLong.empty(), Optional.empty());
        }
    }

    record Table(Map<String, URI> upstreams, Map<String, RouteTable.Route> routes) implements RouteTable {
        @Override
        public Duration upstreamTimeout() {
            return Duration.ofSeconds(30);
        }

        @Override
        public long jsonMaxBodyBytes() {
            return 1_000;
        }

        @Override
        public long uploadMaxBodyBytes() {
            return 20_000;
        }

        @Override
        public Breaker breaker() {
            throw new UnsupportedOperationException();
        }

        @Override
        public RateLimit rateLimit() {
            return new Rate(50, 200);
        }
    }

    private static final Map<String, URI> UPSTREAMS = Map.of("property", URI.create("http://127.0.0.1:8081"), "allocation",
            URI.create("http://127.0.0.1:8082"));

    private static Routes routes(Map<String, RouteTable.Route> specs) {
        return new Routes(new Table(UPSTREAMS, specs), System::nanoTime);
    }

    @Test
    void theLongestPrefixWinsAtASegmentBoundaryAndRoutesKeepTheirOwnLimits() {
        Map<String, RouteTable.Route> specs = new LinkedHashMap<>();
        specs.put("registry", Spec.of("property", "/api/v1/rooms", "/api/v1/buildings"));
        specs.put("imports", new Spec("property", List.of("/api/v1/rooms/imports"), false, Optional.of(Duration.ofSeconds(120)), OptionalLong.empty(),
                OptionalLong.of(64_000), Optional.of(new Rate(0.2, 10))));
        Routes routes = routes(specs);

        assertEquals("registry", routes.match("/api/v1/rooms").name());
        assertEquals("registry", routes.match("/api/v1/rooms/0b6f/occupants").name());
        assertEquals("imports", routes.match("/api/v1/rooms/imports").name());
        assertEquals("imports", routes.match("/api/v1/rooms/imports/7").name());
        assertEquals("registry", routes.match("/api/v1/rooms/imports-old").name());
        assertNull(routes.match("/api/v1/roomsx"));
        assertNull(routes.match("/api/v2/rooms"));

        Routes.Route registry = routes.match("/api/v1/buildings");
        assertEquals(Duration.ofSeconds(30), registry.timeout());
        assertEquals(1_000, registry.maxBodyBytes(true));
        assertEquals(20_000, registry.maxBodyBytes(false));
        assertNull(registry.limiter());
        Routes.Route imports = routes.match("/api/v1/rooms/imports");
        assertEquals(Duration.ofSeconds(120), imports.timeout());
        assertEquals(1_000, imports.maxBodyBytes(true), "the default where the route sets none");
        assertEquals(64_000, imports.maxBodyBytes(false));
        assertEquals(URI.create("http://127.0.0.1:8081"), imports.url());
        assertTrue(imports.limiter() != null);
    }

    @Test
    void aTableThatCannotBeServedStopsTheGatewayFromStarting() {
        IllegalStateException unknown = assertThrows(IllegalStateException.class, () -> routes(Map.of("repairs", Spec.of("maintenance", "/api/v1/repairs"))));
        assertTrue(unknown.getMessage().contains("maintenance"), unknown.getMessage());
        assertThrows(IllegalStateException.class, () -> routes(Map.of("a", Spec.of("property", "/api/v1/rooms"), "b", Spec.of("allocation", "/api/v1/rooms"))));
        assertThrows(IllegalStateException.class, () -> routes(Map.of("a", Spec.of("property", "/q/metrics"))));
        IllegalStateException open = assertThrows(IllegalStateException.class, () -> routes(Map.of("public", new Spec("allocation",
                List.of("/api/v1/certificate-verifications"), true, Optional.empty(), OptionalLong.empty(), OptionalLong.empty(), Optional.empty()))));
        assertTrue(open.getMessage().contains("rate limit"), open.getMessage());
    }
}
