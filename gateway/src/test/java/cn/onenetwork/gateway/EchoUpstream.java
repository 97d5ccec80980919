package cn.onenetwork.gateway;

import cn.onenetwork.dev.FreePorts;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A real HTTP server standing in for a service: it answers with what it received. */
public class EchoUpstream implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String reply = "{\"method\":\"" + exchange.getRequestMethod() + "\",\"uri\":\"" + exchange.getRequestURI()
                    + "\",\"authorization\":\"" + exchange.getRequestHeaders().getFirst("Authorization")
                    + "\",\"requestId\":\"" + exchange.getRequestHeaders().getFirst("X-Request-Id")
                    + "\",\"forwardedHost\":\"" + exchange.getRequestHeaders().getFirst("X-Forwarded-Host")
                    + "\",\"forwardedFor\":\"" + exchange.getRequestHeaders().getFirst("X-Forwarded-For")
                    + "\",\"body\":" + (body.length == 0 ? "null" : new String(body, StandardCharsets.UTF_8)) + "}";
            byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("ETag", "\"4\"");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().endsWith("/missing") ? 404 : 200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return Map.of(
                "onenetwork.gateway.upstreams.property", "http://127.0.0.1:" + server.getAddress().getPort(),
                "onenetwork.gateway.upstreams.allocation", "http://127.0.0.1:" + server.getAddress().getPort(),
                "onenetwork.gateway.upstreams.maintenance", "http://127.0.0.1:" + FreePorts.next(),
                "onenetwork.gateway.upstreams.supervision", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
