package cn.onenetwork.common.problem;

import cn.onenetwork.common.i18n.MessageKey;
import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.i18n.Text;
import java.util.List;
import java.util.Locale;

/**
 * A failure the caller can act on. Thrown from anywhere in a request; the mappers turn it into an
 * application/problem+json answer in the caller's language and the transaction rolls back, so nothing partial is left.
 * It carries messages, not text: the title is the status's, the detail and each violation a bundle message.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final Text detail;
    private final List<Violation> errors;
    private long retryAfterSeconds;

    public ProblemException(int status, String code, Text detail, List<Violation> errors) {
        super(code);
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(int status, String code, Text detail) {
        this(status, code, detail, List.of());
    }

    /** The record {@code id} of the kind {@code what} (a message naming the kind) does not exist or is outside the caller's scope. */
    public static ProblemException notFound(MessageKey what, Object id) {
        return new ProblemException(404, "NOT_FOUND", PlatformText.NOT_FOUND.with(what.with(), id));
    }

    public static ProblemException conflict(String code, Text detail) {
        return new ProblemException(409, code, detail);
    }

    public static ProblemException businessRule(String code, Text detail, List<Violation> errors) {
        return new ProblemException(422, code, detail, errors);
    }

    public static ProblemException businessRule(String code, Text detail) {
        return new ProblemException(422, code, detail);
    }

    public static ProblemException forbidden(String code, Text detail) {
        return new ProblemException(403, code, detail);
    }

    /** 429 with Retry-After: the caller may try again after that many seconds. */
    public static ProblemException tooManyRequests(String code, Text detail, long retryAfterSeconds) {
        ProblemException e = new ProblemException(429, code, detail);
        e.retryAfterSeconds = retryAfterSeconds;
        return e;
    }

    public static ProblemException badRequest(String code, Text detail, List<Violation> errors) {
        return new ProblemException(400, code, detail, errors);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Text detail() {
        return detail;
    }

    public List<Violation> errors() {
        return errors;
    }

    /** The detail in a language, for an answer or a log line. */
    public String detail(Locale locale) {
        return detail.render(locale);
    }

    @Override
    public String getMessage() {
        return code + ": " + detail;
    }

    /** Seconds for Retry-After; 0 when the answer carries none. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
