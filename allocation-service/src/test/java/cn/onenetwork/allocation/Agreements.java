package cn.onenetwork.allocation;

import java.util.Map;

/** 使用协议 as a test sends it with every input that issues a certificate: signed by both parties on the day given. */
public final class Agreements {

    public static final String UNIT_SIGNATORY = "王建国";
    public static final String BUREAU_SIGNATORY = "李文华";

    private Agreements() {
    }

    public static Map<String, Object> signed(String on) {
        return Map.of("signedOn", on, "unitSignatory", UNIT_SIGNATORY, "bureauSignatory", BUREAU_SIGNATORY);
    }

    /** The same, as the JSON of a hand-written body. */
    public static String json(String on) {
        return "{\"signedOn\":\"" + on + "\",\"unitSignatory\":\"" + UNIT_SIGNATORY + "\",\"bureauSignatory\":\"" + BUREAU_SIGNATORY + "\"}";
    }
}
