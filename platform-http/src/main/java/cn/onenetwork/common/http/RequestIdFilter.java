package cn.onenetwork.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.MDC;

/** Gives every HTTP exchange a request id, echoed back and placed in the logging context. */
@Singleton
public class RequestIdFilter {

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = RequestIds.acceptOrGenerate(rc.request().getHeader(RequestIds.HEADER));
            MDC.put(RequestIds.MDC_KEY, id);
            rc.put(RequestIds.MDC_KEY, id);
            rc.response().putHeader(RequestIds.HEADER, id);
            rc.next();
        }, 1000);
    }
}
