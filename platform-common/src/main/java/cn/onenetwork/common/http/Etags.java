package cn.onenetwork.common.http;

import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.problem.ProblemException;

/** Optimistic concurrency over HTTP: the ETag is the entity version; changes must present it in If-Match. */
public final class Etags {

    private Etags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Throws 428 when If-Match is absent and 412 when it names another version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "PRECONDITION_REQUIRED", PlatformText.IF_MATCH_REQUIRED.with());
        }
        String expected = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(expected)) {
                return;
            }
        }
        throw new ProblemException(412, "PRECONDITION_FAILED", PlatformText.IF_MATCH_STALE.with(ifMatch, expected));
    }
}
