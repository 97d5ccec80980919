package cn.onenetwork.common.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The language of whoever reads the answer being built: negotiated from the request's Accept-Language as the problems and
 * Content-Language are, so that explanations in a view speak the answer's language; the default outside a request.
 */
@ApplicationScoped
public class ReaderLanguage {

    @Inject
    CurrentVertxRequest request;

    public Locale get() {
        RoutingContext current = Arc.container().requestContext().isActive() ? request.getCurrent() : null;
        return Languages.negotiate(current == null ? null : current.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
