package cn.onenetwork.allocation.certificate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "协议用途: OFFICE_USE 仅用于本单位办公")
public enum AgreementPurpose {
    OFFICE_USE
}
