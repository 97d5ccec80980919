package cn.onenetwork.allocation.certificate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "使用协议约定的义务: NO_RENTING 不得出租, NO_LENDING 不得出借, NO_BUSINESS_USE 不得用于经营, "
        + "VACATE_ON_CHANGE 机构、编制或用房需求变化时按规定腾退移交")
public enum AgreementObligation {
    NO_RENTING("不得将所配置的办公用房出租。"),
    NO_LENDING("不得将所配置的办公用房出借或擅自交由其他单位、个人使用。"),
    NO_BUSINESS_USE("不得利用所配置的办公用房从事经营活动。"),
    VACATE_ON_CHANGE("因机构调整、编制变化、搬迁等原因不再需要或超出标准的用房，应按规定及时腾退、移交，并办理凭证变更或注销。");

    /** The clause as the printed agreement states it; events and views carry only the code. */
    final String clause;

    AgreementObligation(String clause) {
        this.clause = clause;
    }
}
