package cn.onenetwork.allocation.certificate;

import cn.onenetwork.allocation.certificate.CertificateApi.AgreementSigning;
import cn.onenetwork.allocation.i18n.AllocationText;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 使用协议 before a certificate (domain.md §5): every unit signs one, and a certificate is issued only with it. Plain
 * functions of the agreement as sent, the day the certificate is issued and today.
 */
public final class AgreementRules {

    private AgreementRules() {
    }

    /**
     * Why the agreement does not let the certificate be issued: absent (400 AGREEMENT_MISSING); without its signing date or
     * a signatory (422 AGREEMENT_NOT_SIGNED, each missing part named); signed after today (AGREEMENT_SIGNED_IN_FUTURE) or
     * after the day of issue (AGREEMENT_SIGNED_AFTER_ISSUE). {@code field} is where the input carries it.
     */
    public static Optional<ProblemException> refusal(AgreementSigning agreement, String field, LocalDate issuedOn, LocalDate today) {
        if (agreement == null) {
            return Optional.of(ProblemException.badRequest("AGREEMENT_MISSING", AllocationText.AGREEMENT_MISSING.with(field),
                    List.of(Violation.of(field, AllocationText.AGREEMENT_MISSING_FIELD, null))));
        }
        List<Violation> unsigned = new ArrayList<>();
        if (agreement.signedOn() == null) {
            unsigned.add(Violation.of(field + ".signedOn", AllocationText.SIGNED_ON_MISSING, null));
        }
        if (blank(agreement.unitSignatory())) {
            unsigned.add(Violation.of(field + ".unitSignatory", AllocationText.UNIT_SIGNATORY_MISSING, agreement.unitSignatory()));
        }
        if (blank(agreement.bureauSignatory())) {
            unsigned.add(Violation.of(field + ".bureauSignatory", AllocationText.BUREAU_SIGNATORY_MISSING, agreement.bureauSignatory()));
        }
        if (!unsigned.isEmpty()) {
            return Optional.of(ProblemException.businessRule("AGREEMENT_NOT_SIGNED", AllocationText.AGREEMENT_NOT_SIGNED.with(
                    AllocationText.list(unsigned.stream().map(Violation::field).toList())), unsigned));
        }
        if (agreement.signedOn().isAfter(today)) {
            return Optional.of(ProblemException.businessRule("AGREEMENT_SIGNED_IN_FUTURE", AllocationText.AGREEMENT_SIGNED_IN_FUTURE.with(
                    agreement.signedOn(), today), List.of(new Violation(field + ".signedOn", AllocationText.TODAY_OR_EARLIER.with(today),
                    agreement.signedOn().toString()))));
        }
        if (agreement.signedOn().isAfter(issuedOn)) {
            return Optional.of(ProblemException.businessRule("AGREEMENT_SIGNED_AFTER_ISSUE", AllocationText.AGREEMENT_SIGNED_AFTER_ISSUE.with(
                    agreement.signedOn(), issuedOn), List.of(new Violation(field + ".signedOn", AllocationText.ISSUE_DAY_OR_EARLIER.with(issuedOn),
                    agreement.signedOn().toString()))));
        }
        return Optional.empty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
