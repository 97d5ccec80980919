package cn.onenetwork.allocation.holding;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "占有依据: EXISTING_USE 既有使用建档登记, REALLOCATION 调剂, EXCHANGE 置换, LEASE 租用, CONSTRUCTION 建设")
public enum HoldingBasis {
    EXISTING_USE, REALLOCATION, EXCHANGE, LEASE, CONSTRUCTION
}
