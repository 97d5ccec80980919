package cn.onenetwork.property.title;

import cn.onenetwork.property.i18n.PropertyText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The title state machine of domain.md §3 (统一权属): which changes are allowed and what each state
 * demands. Everything drives towards registration to the bureau; the classified exception needs the
 * bureau's approval; unclear titles are filed.
 */
public final class TitleRules {

    private static final Map<TitleState, Set<TitleState>> NEXT = new EnumMap<>(TitleState.class);

    static {
        NEXT.put(TitleState.RECORDS_MISSING, EnumSet.of(TitleState.FILED_AS_UNCLEAR, TitleState.REGISTERED_TO_BUREAU, TitleState.REGISTERED_TO_OTHER,
                TitleState.DISPUTED));
        NEXT.put(TitleState.FILED_AS_UNCLEAR, EnumSet.of(TitleState.REGISTERED_TO_BUREAU, TitleState.REGISTERED_TO_OTHER, TitleState.DISPUTED));
        NEXT.put(TitleState.REGISTERED_TO_OTHER, EnumSet.of(TitleState.REGISTERED_TO_BUREAU, TitleState.REGISTERED_TO_USER_UNIT,
                TitleState.FILED_AS_UNCLEAR, TitleState.DISPUTED));
        NEXT.put(TitleState.REGISTERED_TO_USER_UNIT, EnumSet.of(TitleState.REGISTERED_TO_BUREAU, TitleState.DISPUTED));
        NEXT.put(TitleState.REGISTERED_TO_BUREAU, EnumSet.of(TitleState.REGISTERED_TO_USER_UNIT, TitleState.DISPUTED));
        NEXT.put(TitleState.DISPUTED, EnumSet.of(TitleState.REGISTERED_TO_BUREAU, TitleState.REGISTERED_TO_USER_UNIT, TitleState.REGISTERED_TO_OTHER,
                TitleState.FILED_AS_UNCLEAR, TitleState.RECORDS_MISSING));
    }

    private TitleRules() {
    }

    /** What a state change states about the title. */
    public record Claim(String unifiedCertificateNo, String buildingOwnershipCertificateNo, String landUseCertificateNo,
            String approvalReference, String filingReference, String reason) {
    }

    /** A missing piece of evidence: the field and why it is needed. */
    public record Missing(String field, PropertyText message) {
    }

    public static Set<TitleState> next(TitleState from) {
        return EnumSet.copyOf(NEXT.get(from));
    }

    public static boolean allowed(TitleState from, TitleState to) {
        return NEXT.get(from).contains(to);
    }

    /** What entering {@code state} needs that the claim lacks; empty when it may be entered. */
    public static List<Missing> missing(TitleState state, Claim claim) {
        List<Missing> missing = new ArrayList<>();
        switch (state) {
            case REGISTERED_TO_BUREAU, REGISTERED_TO_USER_UNIT, REGISTERED_TO_OTHER -> {
                boolean unified = present(claim.unifiedCertificateNo());
                boolean legacyPair = present(claim.buildingOwnershipCertificateNo()) && present(claim.landUseCertificateNo());
                if (!unified && !legacyPair) {
                    missing.add(new Missing("unifiedCertificateNo", PropertyText.EVIDENCE_CERTIFICATE));
                }
                if (state == TitleState.REGISTERED_TO_USER_UNIT && !present(claim.approvalReference())) {
                    missing.add(new Missing("approvalReference", PropertyText.EVIDENCE_APPROVAL));
                }
            }
            case FILED_AS_UNCLEAR -> {
                if (!present(claim.filingReference())) {
                    missing.add(new Missing("filingReference", PropertyText.EVIDENCE_FILING));
                }
            }
            case DISPUTED -> {
                if (!present(claim.reason())) {
                    missing.add(new Missing("reason", PropertyText.EVIDENCE_DISPUTE));
                }
            }
            case RECORDS_MISSING -> {
                // nothing to prove: this is where a building without papers starts
            }
        }
        return missing;
    }

    /** Property with an unclear title must not be disposed of (domain.md §6). */
    public static boolean disposable(TitleState state) {
        return state == TitleState.REGISTERED_TO_BUREAU || state == TitleState.REGISTERED_TO_USER_UNIT;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
