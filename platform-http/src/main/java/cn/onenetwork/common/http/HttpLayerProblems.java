package cn.onenetwork.common.http;

import cn.onenetwork.common.i18n.Languages;
import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.common.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the HTTP layer refuses before any route sees it is a problem document too. Vert.x answers a request line
 * longer than its decoder's limit with a bare 414, and Quarkus's root handler a URI that {@link URI} cannot parse (a
 * malformed percent-escape) with a bare 400. The decoder's limit is set far above {@code onenetwork.http.max-request-line}
 * (platform-http's configuration defaults), so that the platform's own limit answers first. Quarkus's URI check is
 * made here instead, where the JVM runs with {@value #URI_CHECK_SWITCH}{@code =true} (Quarkus reads it when its HTTP
 * recorder loads, before any configuration: the launchers, Dockerfiles and test runners set it); without the switch
 * Quarkus still refuses such a request, with its bare 400.
 */
@Singleton
public class HttpLayerProblems {

    /** The system property that turns Quarkus's own bare-400 URI check off (VertxHttpRecorder). */
    public static final String URI_CHECK_SWITCH = "vertx.disableURIValidation";

    @ConfigProperty(name = "onenetwork.http.max-request-line", defaultValue = "8192")
    int maxRequestLine;

    @Inject
    ObjectMapper json;

    void checkRequestLine(@Observes Filters filters) {
        filters.register(rc -> {
            String uri = rc.request().uri();
            if (uri.length() > maxRequestLine) {
                write(rc, 414, "URI_TOO_LONG", PlatformText.URI_TOO_LONG.with(maxRequestLine));
                return;
            }
            if (!decodable(uri)) {
                write(rc, 400, "MALFORMED_REQUEST", PlatformText.MALFORMED_REQUEST_LINE.with());
                return;
            }
            rc.next();
        }, 2000);
    }

    /** Quarkus's own check, and every percent-escape a well-formed escape of UTF-8 text. */
    static boolean decodable(String uri) {
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(uri.length());
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c != '%') {
                bytes.write(c);
                continue;
            }
            if (i + 2 >= uri.length() || Character.digit(uri.charAt(i + 1), 16) < 0 || Character.digit(uri.charAt(i + 2), 16) < 0) {
                return false;
            }
            bytes.write(Character.digit(uri.charAt(i + 1), 16) * 16 + Character.digit(uri.charAt(i + 2), 16));
            i += 2;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private void write(RoutingContext rc, int status, String code, Text detail) {
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        Locale language = Languages.negotiate(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = new Problem(Problem.typeFor(code), PlatformText.title(status).with().render(language), status, detail.render(language), null, code,
                rc.get(RequestIds.MDC_KEY), List.of());
        try {
            rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONTENT_LANGUAGE, Languages.tag(language)).end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            rc.response().setStatusCode(status).end();
        }
    }
}
