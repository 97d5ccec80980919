package cn.onenetwork.allocation.exchange;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "APPROVED 已批准 (the holdings as they stood are recorded) → COMPLETED 已完成 (applied) / CANCELLED 已撤销")
public enum ExchangeStatus {
    APPROVED, COMPLETED, CANCELLED
}
