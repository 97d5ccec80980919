package cn.onenetwork.allocation.certificate;

import cn.onenetwork.allocation.certificate.CertificateApi.AgreementSigning;
import cn.onenetwork.common.problem.FieldError;
import cn.onenetwork.common.problem.ProblemException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 使用协议 before a certificate (domain.md §5): every unit signs one, and a certificate is issued only with it. Plain
 * functions of the agreement as sent, the day the certificate is issued and today.
 */
public final class AgreementRules {

    static final String RULE = "A certificate is issued only with the use agreement (使用协议) its unit and the bureau signed";

    private AgreementRules() {
    }

    /**
     * Why the agreement does not let the certificate be issued: absent (400 AGREEMENT_MISSING); without its signing date or
     * a signatory (422 AGREEMENT_NOT_SIGNED, each missing part named); signed after today (AGREEMENT_SIGNED_IN_FUTURE) or
     * after the day of issue (AGREEMENT_SIGNED_AFTER_ISSUE). {@code field} is where the input carries it.
     */
    public static Optional<ProblemException> refusal(AgreementSigning agreement, String field, LocalDate issuedOn, LocalDate today) {
        if (agreement == null) {
            return Optional.of(ProblemException.badRequest("AGREEMENT_MISSING", RULE + "; send it as " + field,
                    List.of(new FieldError(field, "missing: the use agreement with its signing date and signatories", null))));
        }
        List<FieldError> unsigned = new ArrayList<>();
        if (agreement.signedOn() == null) {
            unsigned.add(new FieldError(field + ".signedOn", "missing: the day it was signed", null));
        }
        if (blank(agreement.unitSignatory())) {
            unsigned.add(new FieldError(field + ".unitSignatory", "missing: who signed for the unit", agreement.unitSignatory()));
        }
        if (blank(agreement.bureauSignatory())) {
            unsigned.add(new FieldError(field + ".bureauSignatory", "missing: who signed for the bureau", agreement.bureauSignatory()));
        }
        if (!unsigned.isEmpty()) {
            return Optional.of(new ProblemException(422, "AGREEMENT_NOT_SIGNED", "Business rule violated", RULE + "; this one lacks "
                    + String.join(", ", unsigned.stream().map(FieldError::field).toList()), unsigned));
        }
        if (agreement.signedOn().isAfter(today)) {
            return Optional.of(new ProblemException(422, "AGREEMENT_SIGNED_IN_FUTURE", "Business rule violated", "The agreement is dated "
                    + agreement.signedOn() + ", after today (" + today + "); it is recorded once signed",
                    List.of(new FieldError(field + ".signedOn", "today (" + today + ") or earlier", agreement.signedOn().toString()))));
        }
        if (agreement.signedOn().isAfter(issuedOn)) {
            return Optional.of(new ProblemException(422, "AGREEMENT_SIGNED_AFTER_ISSUE", "Business rule violated", "The agreement is dated "
                    + agreement.signedOn() + ", after the certificate's day of issue (" + issuedOn + "): the unit signs before it receives the certificate",
                    List.of(new FieldError(field + ".signedOn", "the day of issue (" + issuedOn + ") or earlier", agreement.signedOn().toString()))));
        }
        return Optional.empty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
