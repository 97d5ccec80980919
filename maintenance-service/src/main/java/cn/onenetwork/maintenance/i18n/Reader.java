package cn.onenetwork.maintenance.i18n;

import cn.onenetwork.common.i18n.Languages;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The language of whoever reads the answer being built: negotiated from the request's Accept-Language as the problem
 * answers and Content-Language are, so that explanations in a view speak the same language as the rest of the answer.
 */
@ApplicationScoped
public class Reader {

    @Inject
    CurrentVertxRequest request;

    public Locale language() {
        RoutingContext current = Arc.container().requestContext().isActive() ? request.getCurrent() : null;
        return Languages.negotiate(current == null ? null : current.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
