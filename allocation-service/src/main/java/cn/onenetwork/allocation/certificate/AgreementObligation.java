package cn.onenetwork.allocation.certificate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "使用协议约定的义务: NO_RENTING 不得出租, NO_LENDING 不得出借, NO_BUSINESS_USE 不得用于经营, "
        + "VACATE_ON_CHANGE 机构、编制或用房需求变化时按规定腾退移交")
public enum AgreementObligation {
    NO_RENTING,
    NO_LENDING,
    NO_BUSINESS_USE,
    VACATE_ON_CHANGE
}
