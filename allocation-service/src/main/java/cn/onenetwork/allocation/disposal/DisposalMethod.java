package cn.onenetwork.allocation.disposal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The six methods of domain.md §6; reallocation comes first, the others need a reason it cannot serve. */
@Schema(description = "处置方式: REALLOCATE 调剂使用 (first), CONVERT_USE 转换用途, EXCHANGE 置换, LEASE_OUT 出租, AUCTION 拍卖, DEMOLISH 拆除")
public enum DisposalMethod {
    REALLOCATE, CONVERT_USE, EXCHANGE, LEASE_OUT, AUCTION, DEMOLISH
}
