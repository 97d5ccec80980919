package cn.onenetwork.allocation.disposal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "PROPOSED 已申报 → APPROVED 已批准 → COMPLETED 已完成 (the registry takes the building out of its totals); CANCELLED 已撤销")
public enum DisposalStatus {
    PROPOSED, APPROVED, COMPLETED, CANCELLED
}
