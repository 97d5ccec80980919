package cn.onenetwork.common.paging;

import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** Opaque keyset cursors: the sort key of the last row of a page, base64url-encoded. */
public final class Cursors {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private Cursors() {
    }

    public static String encode(String lastKey) {
        return lastKey == null ? null : Base64.getUrlEncoder().withoutPadding().encodeToString(("k:" + lastKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The last key of the previous page, or null for the first page; a forged cursor is a 400. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("k:")) {
                return text.substring(2);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw ProblemException.badRequest("INVALID_CURSOR", PlatformText.INVALID_CURSOR.with(),
                List.of(Violation.of("cursor", PlatformText.NOT_A_CURSOR, null)));
    }

    /** For lists ordered by a UUID key. */
    public static UUID decodeUuid(String cursor) {
        String key = decode(cursor);
        if (key == null) {
            return null;
        }
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("INVALID_CURSOR", PlatformText.INVALID_CURSOR.with(),
                    List.of(Violation.of("cursor", PlatformText.NOT_A_CURSOR, null)));
        }
    }

    /** One page: the items, and the cursor after the last of them when more rows exist. */
    public record Slice<T>(List<T> items, String nextCursor) {
    }

    /**
     * Cuts a page from rows fetched with {@code limit + 1}: the extra row only tells that another
     * page exists. The cursor is the sort key of the last item kept.
     */
    public static <E, T> Slice<T> slice(List<E> fetched, int limit, Function<E, T> map, Function<T, Object> sortKey) {
        List<T> items = fetched.stream().limit(limit).map(map).toList();
        String next = fetched.size() > limit ? encode(String.valueOf(sortKey.apply(items.get(items.size() - 1)))) : null;
        return new Slice<>(items, next);
    }

    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1 || requested > MAX_LIMIT) {
            throw ProblemException.badRequest("INVALID_LIMIT", PlatformText.LIMIT_OUT_OF_RANGE.with(MAX_LIMIT),
                    List.of(new Violation("limit", PlatformText.BETWEEN.with(1, MAX_LIMIT), String.valueOf(requested))));
        }
        return requested;
    }
}
