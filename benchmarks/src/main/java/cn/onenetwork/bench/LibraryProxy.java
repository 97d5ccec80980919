package cn.onenetwork.bench;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.httpproxy.HttpProxy;

/**
 * Vert.x's HTTP proxy library as a bare reverse proxy: no token, no limit, no breaker. The edge benchmark runs it beside
 * the gateway, whose own pipe it could have replaced (ADR 9), with as many event loops as Quarkus gives the gateway and one
 * client per loop.
 *   LibraryProxy listenPort upstreamPort
 */
public final class LibraryProxy extends AbstractVerticle {

    private final int listenPort;
    private final int upstreamPort;

    private LibraryProxy(int listenPort, int upstreamPort) {
        this.listenPort = listenPort;
        this.upstreamPort = upstreamPort;
    }

    public static void main(String[] args) {
        int listen = Integer.parseInt(args[0]);
        int upstream = Integer.parseInt(args[1]);
        Vertx.vertx().deployVerticle(() -> new LibraryProxy(listen, upstream),
                new DeploymentOptions().setInstances(2 * Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public void start(Promise<Void> started) {
        HttpProxy proxy = HttpProxy.reverseProxy(vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(32)))
                .origin(upstreamPort, "127.0.0.1");
        vertx.createHttpServer().requestHandler(proxy).listen(listenPort, "127.0.0.1").<Void>mapEmpty().onComplete(started);
    }
}
