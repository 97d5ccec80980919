package cn.onenetwork.gateway;

import cn.onenetwork.dev.FreePorts;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Real upstreams for the edge's behaviour: property counts the bytes it receives as they arrive and can be slow; allocation drops every
 * other connection before answering; maintenance is down until a test starts it; lagging, ready all along, drops the
 * first call after a second and stays silent on the next.
 */
public class EdgeUpstreams implements QuarkusTestResourceLifecycleManager {

    static final AtomicInteger FLAKY_CONNECTIONS = new AtomicInteger();
    static final AtomicInteger LAGGING_CONNECTIONS = new AtomicInteger();
    /** Bytes property has read of the request bodies so far, as they arrive. */
    static final AtomicLong RECEIVED = new AtomicLong();
    private static final CountDownLatch RELEASED = new CountDownLatch(1);
    private static int maintenancePort;
    private static HttpServer maintenance;
    private HttpServer property;
    private ServerSocket flaky;
    private ServerSocket lagging;

    @Override
    public Map<String, String> start() {
        try {
            property = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            property.setExecutor(Executors.newCachedThreadPool());
            property.createContext("/", exchange -> {
                long received = 0;
                try (InputStream body = exchange.getRequestBody()) {
                    byte[] buffer = new byte[65536];
                    for (int n; (n = body.read(buffer)) > 0; ) {
                        received += n;
                        RECEIVED.addAndGet(n);
                    }
                }
                if (exchange.getRequestURI().getPath().endsWith("/slow")) {
                    // Silent until the test is over: the gateway's timeout must answer first.
                    awaitRelease();
                }
                respond(exchange, "{\"received\":" + received + ",\"path\":\"" + exchange.getRequestURI().getPath() + "\"}");
            });
            property.start();
            flaky = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
            Thread acceptor = new Thread(this::serveFlaky, "flaky-upstream");
            acceptor.setDaemon(true);
            acceptor.start();
            lagging = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
            Thread laggard = new Thread(this::serveLagging, "lagging-upstream");
            laggard.setDaemon(true);
            laggard.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        maintenancePort = FreePorts.next();
        return Map.ofEntries(
                Map.entry("onenetwork.gateway.upstreams.property", "http://127.0.0.1:" + property.getAddress().getPort()),
                Map.entry("onenetwork.gateway.routes.registry.timeout", "1s"),
                Map.entry("onenetwork.gateway.upstreams.allocation", "http://127.0.0.1:" + flaky.getLocalPort()),
                Map.entry("onenetwork.gateway.upstreams.maintenance", "http://127.0.0.1:" + maintenancePort),
                Map.entry("onenetwork.gateway.upstreams.supervision", "http://127.0.0.1:" + property.getAddress().getPort()),
                Map.entry("onenetwork.gateway.upstreams.lagging", "http://127.0.0.1:" + lagging.getLocalPort()),
                Map.entry("onenetwork.gateway.routes.lagging.upstream", "lagging"),
                Map.entry("onenetwork.gateway.routes.lagging.prefixes", "/api/v1/lagging"),
                Map.entry("onenetwork.gateway.routes.lagging.timeout", "3s"),
                Map.entry("onenetwork.gateway.breaker.failure-threshold", "3"),
                Map.entry("onenetwork.gateway.breaker.open-for", "1s"));
    }

    /** Starts maintenance on its port: an upstream that comes back. */
    static void startMaintenance() throws IOException {
        maintenance = HttpServer.create(new InetSocketAddress("127.0.0.1", maintenancePort), 0);
        maintenance.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            respond(exchange, "{\"path\":\"" + exchange.getRequestURI().getPath() + "\"}");
        });
        maintenance.start();
    }

    /** Odd connections are closed unanswered; even ones answer 200 and close. */
    private void serveFlaky() {
        while (!flaky.isClosed()) {
            try (Socket socket = flaky.accept()) {
                readHead(socket.getInputStream());
                if (FLAKY_CONNECTIONS.incrementAndGet() % 2 == 1) {
                    continue;
                }
                answer(socket);
            } catch (IOException e) {
                if (flaky.isClosed()) {
                    return;
                }
            }
        }
    }

    /** The first call is dropped unanswered after 1 s; every later one stays silent until the test ends. Health is answered. */
    private void serveLagging() {
        while (!lagging.isClosed()) {
            try {
                Socket socket = lagging.accept();
                Thread connection = new Thread(() -> lag(socket), "lagging-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                if (lagging.isClosed()) {
                    return;
                }
            }
        }
    }

    private static void lag(Socket socket) {
        try (socket) {
            if (readHead(socket.getInputStream()).startsWith("GET /q/health/")) {
                answer(socket);
            } else if (LAGGING_CONNECTIONS.incrementAndGet() == 1) {
                RELEASED.await(1, TimeUnit.SECONDS);
            } else {
                awaitRelease();
            }
        } catch (IOException e) {
            // the gateway gave up on the connection: what this upstream is for
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            head.append((char) c);
        }
        return head.toString();
    }

    private static void answer(Socket socket) throws IOException {
        byte[] body = "{\"answered\":true}".getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void awaitRelease() {
        try {
            RELEASED.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        RELEASED.countDown();
        property.stop(0);
        if (maintenance != null) {
            maintenance.stop(0);
        }
        try {
            flaky.close();
            lagging.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
