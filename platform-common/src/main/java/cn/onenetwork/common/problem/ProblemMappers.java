package cn.onenetwork.common.problem;

import cn.onenetwork.common.failure.TransientFailures;
import cn.onenetwork.common.http.RequestIds;
import cn.onenetwork.common.i18n.Languages;
import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.common.scope.ClaimShapeAugmentor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 answers. Every answer carries a stable code; none
 * carries a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** A database restart takes seconds; sooner retries only add load while it comes back. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        Response r = respond(e.status(), e.code(), e.detail(), uri, headers, e.errors());
        return e.retryAfterSeconds() > 0 ? Response.fromResponse(r).header("Retry-After", e.retryAfterSeconds()).build() : r;
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> v.getPropertyPath().toString().contains("<return value>"));
        if (returnValue) {
            LOG.error("Response failed its own constraints", e);
            return internalError(uri, headers);
        }
        // Bean Validation has interpolated each message in the language negotiated from the same Accept-Language header.
        List<Violation> errors = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldPath(v.getPropertyPath()), PlatformText.VALIDATION_MESSAGE.with(v.getMessage()), safeValue(v)))
                .sorted(Comparator.comparing(Violation::field))
                .collect(Collectors.toList());
        return respond(400, "VALIDATION_FAILED", PlatformText.FIELDS_INVALID.with(errors.size()), uri, headers, errors);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri, HttpHeaders headers) {
        String field = jsonPath(e);
        return respond(400, "UNKNOWN_FIELD", PlatformText.UNKNOWN_FIELD.with(field), uri, headers,
                List.of(new Violation(field, PlatformText.KNOWN_FIELDS.with(e.getKnownPropertyIds()), null)));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri, HttpHeaders headers) {
        String field = jsonPath(e);
        if (e.getValue() instanceof String text && text.indexOf('\0') >= 0) {
            return respond(400, "MALFORMED_REQUEST", PlatformText.FIELD_NUL.with(field), uri, headers,
                    List.of(new Violation(field, PlatformText.NUL_CHARACTER.with(), text.replace("\0", "\\u0000"))));
        }
        return respond(400, "MALFORMED_REQUEST", PlatformText.FIELD_WRONG_FORMAT.with(field), uri, headers,
                List.of(new Violation(field, PlatformText.EXPECTED.with(describe(e.getTargetType())), String.valueOf(e.getValue()))));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        String field = jsonPath(e);
        return respond(400, "MALFORMED_REQUEST", field.isEmpty() ? PlatformText.BODY_WRONG_SHAPE.with() : PlatformText.FIELD_WRONG_TYPE.with(field),
                uri, headers, field.isEmpty() ? List.of() : List.of(new Violation(field, PlatformText.EXPECTED.with(describe(e.getTargetType())), null)));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return respond(400, "MALFORMED_REQUEST", e.getLocation() == null ? PlatformText.BODY_NOT_JSON.with()
                : PlatformText.BODY_NOT_JSON_AT.with(e.getLocation().getLineNr(), e.getLocation().getColumnNr()), uri, headers, List.of());
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return versionConflict(uri, headers);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri, HttpHeaders headers) {
        return versionConflict(uri, headers);
    }

    /** A unique or foreign key that a concurrent request won the race for. */
    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        return respond(409, "CONFLICT", e.getConstraintName() == null ? PlatformText.DATA_CONFLICT.with()
                : PlatformText.DATA_CONFLICT_NAMED.with(e.getConstraintName()), uri, headers, List.of());
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized(PlatformText.TOKEN_REQUIRED.with(), uri, headers);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        boolean malformed = e.getMessage() != null && e.getMessage().startsWith(ClaimShapeAugmentor.MALFORMED_CLAIMS);
        return unauthorized(malformed ? PlatformText.TOKEN_CLAIMS.with(PlatformText.valueOf(e.getMessage().substring(ClaimShapeAugmentor.MALFORMED_CLAIMS.length())).with())
                : PlatformText.TOKEN_INVALID.with(), uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(403, "FORBIDDEN", PlatformText.ROLE_FORBIDDEN.with(), uri, headers, List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri, headers);
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() != null) {
            Response badParameter = badQueryParameter(e.getCause(), uri, headers);
            if (badParameter != null) {
                return badParameter;
            }
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
            return internalError(uri, headers);
        }
        String code = switch (status) {
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            default -> "BAD_REQUEST";
        };
        return respond(status, code, status == 404 ? PlatformText.NO_RESOURCE.with(uri.getPath()) : PlatformText.title(status).with(), uri, headers, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (TransientFailures.isTransient(e)) {
            return unavailable(e, uri, headers);
        }
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return internalError(uri, headers);
    }

    /**
     * The database is restarting or unreachable, or a transaction lost a lock race: nothing was written (the
     * transaction rolled back), and the same request will succeed later. Say so, with when to retry.
     */
    private Response unavailable(Throwable e, UriInfo uri, HttpHeaders headers) {
        LOG.warnf("Service unavailable on %s: %s", uri.getPath(), TransientFailures.rootMessage(e));
        Response r = respond(503, "SERVICE_UNAVAILABLE", PlatformText.SERVICE_UNAVAILABLE.with(RETRY_AFTER_SECONDS), uri, headers, List.of());
        return Response.fromResponse(r).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }


    /**
     * JAX-RS answers a query parameter it cannot convert with 404, as if the resource were missing.
     * The caller sent a bad value, not a wrong path: name the parameter in a 400.
     */
    private Response badQueryParameter(Throwable cause, UriInfo uri, HttpHeaders headers) {
        String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (!value.isEmpty() && message.contains(value.toLowerCase(java.util.Locale.ROOT))) {
                    return respond(400, "INVALID_PARAMETER", PlatformText.BAD_QUERY_VALUE.with(parameter.getKey(), value), uri, headers,
                            List.of(new Violation(parameter.getKey(), PlatformText.NOT_ACCEPTED_VALUE.with(), value)));
                }
            }
        }
        return null;
    }

    /** Body readers sometimes wrap Jackson's exception in a 400; answer as precisely as when they do not. */
    private Response json(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri, headers);
        }
        if (e instanceof InvalidFormatException format) {
            return invalidFormat(format, uri, headers);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatchedInput(mismatch, uri, headers);
        }
        return malformedJson(e, uri, headers);
    }

    private Response versionConflict(UriInfo uri, HttpHeaders headers) {
        return respond(409, "VERSION_CONFLICT", PlatformText.VERSION_CONFLICT.with(), uri, headers, List.of());
    }

    private Response unauthorized(Text detail, UriInfo uri, HttpHeaders headers) {
        Response r = respond(401, "UNAUTHENTICATED", detail, uri, headers, List.of());
        return Response.fromResponse(r).header("WWW-Authenticate", "Bearer").build();
    }

    private Response internalError(UriInfo uri, HttpHeaders headers) {
        return respond(500, "INTERNAL_ERROR", PlatformText.INTERNAL_ERROR.with(), uri, headers, List.of());
    }

    /** The answer in the language the caller asked for, saying which. */
    static Response respond(int status, String code, Text detail, UriInfo uri, HttpHeaders headers, List<Violation> errors) {
        Locale language = Languages.negotiate(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        Problem body = new Problem(Problem.typeFor(code), PlatformText.title(status).with().render(language), status, detail.render(language),
                uri == null ? null : uri.getPath(), code, RequestIds.current(), errors.stream().map(v -> v.render(language)).toList());
        return Response.status(status).type(Problem.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, Languages.tag(language)).entity(body).build();
    }

    private static String fieldPath(Path path) {
        StringBuilder out = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(node.getName());
            if (node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                out.append('[').append(node.getKey()).append(']');
            }
        }
        return out.isEmpty() ? (parameter == null ? "" : parameter) : out.toString();
    }

    private static String safeValue(ConstraintViolation<?> v) {
        Object value = v.getInvalidValue();
        if (value == null || !(value instanceof CharSequence || value instanceof Number || value instanceof Enum<?>)) {
            return null;
        }
        String text = value.toString();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static Object describe(Class<?> type) {
        if (type == null) {
            return "?";
        }
        if (type.isEnum()) {
            return PlatformText.ONE_OF.with(java.util.Arrays.toString(type.getEnumConstants()));
        }
        return type.getSimpleName();
    }
}
