package cn.onenetwork.allocation.i18n;

import cn.onenetwork.common.i18n.Languages;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/** The language of the current request's reader, negotiated from its Accept-Language as the problems and Content-Language are. */
@RequestScoped
public class ReaderLanguage {

    @Inject
    HttpServerRequest request;

    public Locale get() {
        return Languages.negotiate(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }
}
