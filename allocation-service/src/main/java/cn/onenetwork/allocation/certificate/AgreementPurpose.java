package cn.onenetwork.allocation.certificate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "协议用途: OFFICE_USE 仅用于本单位办公")
public enum AgreementPurpose {
    OFFICE_USE("本协议所列用房仅用于本单位办公。");

    /** The clause as the printed agreement states it; events and views carry only the code. */
    final String clause;

    AgreementPurpose(String clause) {
        this.clause = clause;
    }
}
