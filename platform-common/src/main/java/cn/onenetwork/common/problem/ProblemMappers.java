package cn.onenetwork.common.problem;

import cn.onenetwork.common.failure.TransientFailures;
import cn.onenetwork.common.http.RequestIds;
import cn.onenetwork.common.json.StrictJson;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
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
    public Response problem(ProblemException e, UriInfo uri) {
        Response r = respond(e.status(), e.code(), e.title(), e.getMessage(), uri, e.errors());
        return e.retryAfterSeconds() > 0 ? Response.fromResponse(r).header("Retry-After", e.retryAfterSeconds()).build() : r;
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        boolean returnValue = e.getConstraintViolations().stream()
                .anyMatch(v -> v.getPropertyPath().toString().contains("<return value>"));
        if (returnValue) {
            LOG.error("Response failed its own constraints", e);
            return internalError(uri);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldPath(v.getPropertyPath()), v.getMessage(), safeValue(v)))
                .sorted(Comparator.comparing(FieldError::field))
                .collect(Collectors.toList());
        return respond(400, "VALIDATION_FAILED", "Request validation failed",
                errors.size() + (errors.size() == 1 ? " field is invalid" : " fields are invalid"), uri, errors);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(400, "UNKNOWN_FIELD", "Unknown field", "Field '" + field + "' is not part of this request",
                uri, List.of(new FieldError(field, "unknown field; known fields: " + e.getKnownPropertyIds(), null)));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String field = jsonPath(e);
        if (e.getValue() instanceof String text && text.indexOf('\0') >= 0) {
            return respond(400, "MALFORMED_REQUEST", "Malformed request", "Field '" + field + "' " + StrictJson.NUL_MESSAGE,
                    uri, List.of(new FieldError(field, StrictJson.NUL_MESSAGE, text.replace("\0", "\\u0000"))));
        }
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return respond(400, "MALFORMED_REQUEST", "Malformed request", "Field '" + field + "' has the wrong format",
                uri, List.of(new FieldError(field, "expected " + expected, String.valueOf(e.getValue()))));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return respond(400, "MALFORMED_REQUEST", "Malformed request",
                field.isEmpty() ? "The request body does not have the expected shape" : "Field '" + field + "' has the wrong type",
                uri, field.isEmpty() ? List.of() : List.of(new FieldError(field, "expected " + expected, null)));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return respond(400, "MALFORMED_REQUEST", "Malformed request", "The request body is not valid JSON" + where, uri, List.of());
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return versionConflict(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return versionConflict(uri);
    }

    /** A unique or foreign key that a concurrent request won the race for. */
    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return respond(409, "CONFLICT", "Conflict", "The change conflicts with existing data"
                + (e.getConstraintName() == null ? "" : " (" + e.getConstraintName() + ")"), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized("A bearer token is required", uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        boolean malformed = e.getMessage() != null && e.getMessage().startsWith(ClaimShapeAugmentor.MALFORMED_CLAIMS);
        return unauthorized(malformed ? e.getMessage().substring(ClaimShapeAugmentor.MALFORMED_CLAIMS.length())
                : "The bearer token is invalid, expired or not signed by a trusted key", uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "FORBIDDEN", "Forbidden", "Your role does not allow this operation", uri, List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() != null) {
            Response badParameter = badQueryParameter(e.getCause(), uri);
            if (badParameter != null) {
                return badParameter;
            }
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
            return internalError(uri);
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
        String title = Response.Status.fromStatusCode(status) == null ? "Client error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = status == 404 ? "No resource at " + uri.getPath() : e.getMessage();
        return respond(status, code, title, detail, uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (TransientFailures.isTransient(e)) {
            return unavailable(e, uri);
        }
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return internalError(uri);
    }

    /**
     * The database is restarting or unreachable, or a transaction lost a lock race: nothing was written (the
     * transaction rolled back), and the same request will succeed later. Say so, with when to retry.
     */
    private Response unavailable(Throwable e, UriInfo uri) {
        LOG.warnf("Service unavailable on %s: %s", uri.getPath(), TransientFailures.rootMessage(e));
        Response r = respond(503, "SERVICE_UNAVAILABLE", "Service unavailable",
                "The service cannot reach its database right now; nothing was changed. Retry after " + RETRY_AFTER_SECONDS + " s", uri, List.of());
        return Response.fromResponse(r).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }


    /**
     * JAX-RS answers a query parameter it cannot convert with 404, as if the resource were missing.
     * The caller sent a bad value, not a wrong path: name the parameter in a 400.
     */
    private Response badQueryParameter(Throwable cause, UriInfo uri) {
        String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (!value.isEmpty() && message.contains(value.toLowerCase(java.util.Locale.ROOT))) {
                    return respond(400, "INVALID_PARAMETER", "Bad request", "Query parameter '" + parameter.getKey() + "' cannot be '" + value + "'",
                            uri, List.of(new FieldError(parameter.getKey(), "not an accepted value", value)));
                }
            }
        }
        return null;
    }

    /** Body readers sometimes wrap Jackson's exception in a 400; answer as precisely as when they do not. */
    private Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (e instanceof InvalidFormatException format) {
            return invalidFormat(format, uri);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatchedInput(mismatch, uri);
        }
        return malformedJson(e, uri);
    }

    private Response versionConflict(UriInfo uri) {
        return respond(409, "VERSION_CONFLICT", "Conflict",
                "The record was changed by someone else; read it again and retry with its new ETag", uri, List.of());
    }

    private Response unauthorized(String detail, UriInfo uri) {
        Response r = respond(401, "UNAUTHENTICATED", "Unauthenticated", detail, uri, List.of());
        return Response.fromResponse(r).header("WWW-Authenticate", "Bearer").build();
    }

    private Response internalError(UriInfo uri) {
        return respond(500, "INTERNAL_ERROR", "Internal error",
                "The request could not be completed; quote the request id when reporting it", uri, List.of());
    }

    static Response respond(int status, String code, String title, String detail, UriInfo uri, List<FieldError> errors) {
        Problem body = new Problem(Problem.typeFor(code), title, status, detail, uri == null ? null : uri.getPath(), code,
                RequestIds.current(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
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

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return type.getSimpleName();
    }
}
