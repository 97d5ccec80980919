package cn.onenetwork.common.http;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/** The request id travels in X-Request-Id: through the gateway, into the logs (MDC) and into Kafka headers. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {
    }

    /** The caller's id when it is a sane token, otherwise a fresh one: a header is never trusted to be well-formed. */
    public static String acceptOrGenerate(String offered) {
        return offered != null && ACCEPTED.matcher(offered).matches() ? offered : fresh();
    }

    /**
     * A random (version 4) UUID from a fast generator: a request id correlates logs and guards nothing, so it is not worth
     * the secure generator's cost on every request (measured at the gateway: benchmarks/edge.sh).
     */
    static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
