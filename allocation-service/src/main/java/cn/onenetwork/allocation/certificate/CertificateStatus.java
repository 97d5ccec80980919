package cn.onenetwork.allocation.certificate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "ISSUED 已发放, CHANGED 已变更, TRANSFERRED 已转接 (valid); CANCELLED 已注销, REVOKED 已收回 (no longer valid, final)")
public enum CertificateStatus {
    ISSUED, CHANGED, TRANSFERRED, CANCELLED, REVOKED;

    public boolean valid() {
        return this == ISSUED || this == CHANGED || this == TRANSFERRED;
    }
}
