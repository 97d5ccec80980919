package cn.onenetwork.common.i18n;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Every answer says its language: the one negotiated from the request's {@code Accept-Language}, unless the answer set
 * its own (the gateway passes a service's on).
 */
@Singleton
public class ContentLanguage {

    void sayTheLanguage(@Observes Filters filters) {
        filters.register(rc -> {
            String tag = Languages.tag(Languages.negotiate(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
            rc.addHeadersEndHandler(v -> {
                if (!rc.response().headers().contains(HttpHeaders.CONTENT_LANGUAGE)) {
                    rc.response().putHeader(HttpHeaders.CONTENT_LANGUAGE, tag);
                }
            });
            rc.next();
        }, 3000);
    }
}
