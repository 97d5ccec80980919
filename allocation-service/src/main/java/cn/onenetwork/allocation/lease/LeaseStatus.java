package cn.onenetwork.allocation.lease;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "ACTIVE 履行中 → ENDED 已终止 (expired or terminated; the holdings end with it)")
public enum LeaseStatus {
    ACTIVE, ENDED
}
