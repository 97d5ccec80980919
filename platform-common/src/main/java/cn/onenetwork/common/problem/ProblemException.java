package cn.onenetwork.common.problem;

import java.util.List;

/**
 * A failure the caller can act on. Thrown from anywhere in a request; the mappers turn it into an
 * application/problem+json answer and the transaction rolls back, so nothing partial is left.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldError> errors;
    private long retryAfterSeconds;

    public ProblemException(int status, String code, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "NOT_FOUND", "Not found", what + " " + id + " does not exist or is outside your scope");
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, "Conflict", detail);
    }

    public static ProblemException businessRule(String code, String detail) {
        return new ProblemException(422, code, "Business rule violated", detail);
    }

    public static ProblemException forbidden(String code, String detail) {
        return new ProblemException(403, code, "Forbidden", detail);
    }

    /** 429 with Retry-After: the caller may try again after that many seconds. */
    public static ProblemException tooManyRequests(String code, String detail, long retryAfterSeconds) {
        ProblemException e = new ProblemException(429, code, "Too many requests", detail);
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    public static ProblemException badRequest(String code, String detail, List<FieldError> errors) {
        return new ProblemException(400, code, "Bad request", detail, errors);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Seconds for Retry-After; 0 when the answer carries none. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
