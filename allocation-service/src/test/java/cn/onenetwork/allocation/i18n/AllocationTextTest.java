package cn.onenetwork.allocation.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.onenetwork.allocation.certificate.AgreementObligation;
import cn.onenetwork.allocation.certificate.AgreementPurpose;
import cn.onenetwork.allocation.certificate.CertificateStatus;
import cn.onenetwork.allocation.construction.ReviewStatus;
import cn.onenetwork.allocation.disposal.DisposalMethod;
import cn.onenetwork.allocation.disposal.DisposalStatus;
import cn.onenetwork.allocation.exchange.ExchangeStatus;
import cn.onenetwork.allocation.holding.HoldingBasis;
import cn.onenetwork.allocation.request.AllocationMethod;
import cn.onenetwork.allocation.request.FundingSource;
import cn.onenetwork.allocation.request.RequestStatus;
import cn.onenetwork.allocation.room.RoomCategory;
import cn.onenetwork.allocation.userunit.AdministrativeLevel;
import cn.onenetwork.allocation.vacating.VacatingCause;
import cn.onenetwork.allocation.vacating.VacatingStatus;
import cn.onenetwork.common.i18n.BundleCheck;
import cn.onenetwork.common.i18n.Languages;
import cn.onenetwork.common.i18n.PlatformText;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AllocationTextTest {

    @Test
    void everyMessageHasBothLanguagesAndNamesOnlyTheValuesTheCodePasses() {
        assertEquals(List.of(), BundleCheck.faults(AllocationText.class));
    }

    @Test
    void everyEnumValueAMessageNamesHasALabelInBothLanguages() {
        Stream.of(AllocationMethod.values(), FundingSource.values(), RequestStatus.values(), CertificateStatus.values(), ExchangeStatus.values(),
                DisposalStatus.values(), DisposalMethod.values(), ReviewStatus.values(), VacatingStatus.values(), VacatingCause.values(),
                RoomCategory.values(), HoldingBasis.values(), AdministrativeLevel.values(), AgreementPurpose.values(), AgreementObligation.values())
                .flatMap(Stream::of).forEach(value -> {
                    String chinese = AllocationText.label(value).render(Languages.CHINESE);
                    assertFalse(chinese.isBlank(), value + " has a Chinese label");
                    assertFalse(AllocationText.label(value).render(Languages.ENGLISH).isBlank(), value + " has an English label");
                });
        assertEquals("已发放", AllocationText.label(CertificateStatus.ISSUED).render(Languages.CHINESE));
        assertEquals("REALLOCATION 调剂", AllocationText.label(AllocationMethod.REALLOCATION).render(Languages.ENGLISH));
    }

    @Test
    void aListIsJoinedAsEachLanguageJoinsOneAndItsItemsInTheSameLanguage() {
        var methods = AllocationText.list(List.of(AllocationText.label(AllocationMethod.REALLOCATION), AllocationText.label(AllocationMethod.EXCHANGE),
                AllocationText.label(AllocationMethod.LEASE)));
        assertEquals("调剂、置换、租用", methods.render(Languages.CHINESE));
        assertEquals("REALLOCATION 调剂, EXCHANGE 置换, LEASE 租用", methods.render(Languages.ENGLISH));
        assertEquals("H101", AllocationText.list(List.of("H101")).render(Languages.ENGLISH));
    }

    @Test
    void aRuleThatAppliesTheStandardCitesItInChineseAndKeepsTheFiguresAsValues() {
        var text = AllocationText.OFFICE_ABOVE_STANDARD.with("T102", new BigDecimal("12.00"), "640104-SQ-2026-0001", new BigDecimal("9.00"),
                new BigDecimal("3.00"));
        assertEquals("依据《党政机关办公用房建设标准》，办公室 T102 使用面积为 12.00 m²，用房申请 640104-SQ-2026-0001 中安排在此的人员按标准可使用 9.00 m²，超出 3.00 m²",
                text.render(Languages.CHINESE));
        assertEquals("Office T102 has 12.00 m² of use area; the people of request 640104-SQ-2026-0001 left for it are entitled to 9.00 m², 3.00 m² less",
                text.render(Languages.ENGLISH));
        assertEquals("分配使用凭证 PZ-1 不存在，或不在您的管辖范围内",
                PlatformText.NOT_FOUND.with(AllocationText.KIND_CERTIFICATE.with(), "PZ-1").render(Languages.CHINESE));
        assertNotEquals(AllocationText.BUREAU_OF.with("贺兰县").render(Languages.CHINESE), AllocationText.BUREAU_OF.with("贺兰县").render(Languages.ENGLISH));
    }
}
