package cn.onenetwork.allocation.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.allocation.certificate.CertificateApi.AgreementSigning;
import cn.onenetwork.common.i18n.Languages;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 使用协议 before a certificate: present, signed by both parties, dated neither after today nor after the day of issue, to the day. */
class AgreementRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void noAgreementIs400NamingWhereItBelongs() {
        ProblemException refusal = AgreementRules.refusal(null, "secondAgreement", TODAY, TODAY).orElseThrow();
        assertEquals(400, refusal.status());
        assertEquals("AGREEMENT_MISSING", refusal.code());
        assertEquals(List.of("secondAgreement"), fields(refusal));
    }

    @Test
    void anAgreementWithoutItsDateOrASignatoryIsNotSigned() {
        ProblemException refusal = AgreementRules.refusal(new AgreementSigning(null, "王建国", "  "), "agreement", TODAY, TODAY).orElseThrow();
        assertEquals(422, refusal.status());
        assertEquals("AGREEMENT_NOT_SIGNED", refusal.code());
        assertEquals(List.of("agreement.signedOn", "agreement.bureauSignatory"), fields(refusal));
        assertEquals("AGREEMENT_NOT_SIGNED", AgreementRules.refusal(new AgreementSigning(TODAY, null, "李文华"), "agreement", TODAY, TODAY).orElseThrow().code());
    }

    @Test
    void signedTodayIsAcceptedAndTomorrowIsInTheFuture() {
        LocalDate issuedOn = TODAY.plusDays(10);
        assertTrue(AgreementRules.refusal(signed(TODAY), "agreement", issuedOn, TODAY).isEmpty());
        ProblemException refusal = AgreementRules.refusal(signed(TODAY.plusDays(1)), "agreement", issuedOn, TODAY).orElseThrow();
        assertEquals("AGREEMENT_SIGNED_IN_FUTURE", refusal.code());
        assertEquals(List.of("agreement.signedOn"), fields(refusal));
    }

    @Test
    void signedOnTheDayOfIssueIsAcceptedAndTheDayAfterIsNot() {
        LocalDate issuedOn = TODAY.minusDays(5);
        assertTrue(AgreementRules.refusal(signed(issuedOn), "agreement", issuedOn, TODAY).isEmpty());
        ProblemException refusal = AgreementRules.refusal(signed(issuedOn.plusDays(1)), "agreement", issuedOn, TODAY).orElseThrow();
        assertEquals(422, refusal.status());
        assertEquals("AGREEMENT_SIGNED_AFTER_ISSUE", refusal.code());
        assertEquals(issuedOn.plusDays(1).toString(), refusal.errors().get(0).rejectedValue());
        assertEquals("使用协议的签订日期为 2026-11-28，晚于凭证发放日期（2026-11-27）：使用单位应在领取凭证前签订协议", refusal.detail(Languages.CHINESE));
        assertEquals("The agreement is dated 2026-11-28, after the certificate's day of issue (2026-11-27): the unit signs before it receives the certificate",
                refusal.detail(Languages.ENGLISH));
        assertEquals("不得晚于发放日期（2026-11-27）", refusal.errors().get(0).render(Languages.CHINESE).message());
    }

    private static AgreementSigning signed(LocalDate on) {
        return new AgreementSigning(on, "王建国", "李文华");
    }

    private static List<String> fields(ProblemException refusal) {
        return refusal.errors().stream().map(Violation::field).toList();
    }
}
