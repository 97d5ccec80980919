package cn.onenetwork.allocation.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The methods of allocation in their legal priority order (domain.md §5): a lower one only when every higher one cannot serve. */
@Schema(description = "配置方式, in legal priority order: REALLOCATION 调剂 → EXCHANGE 置换 → LEASE 租用 → CONSTRUCTION 建设")
public enum AllocationMethod {
    REALLOCATION, EXCHANGE, LEASE, CONSTRUCTION
}
