package cn.onenetwork.allocation.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "SUBMITTED 已提交 → UNDER_REVIEW 审核中 → APPROVED 已批准 / REJECTED 不予批准 → FULFILLED 已配置; WITHDRAWN 已撤回 before a "
        + "decision; CANCELLED 已撤销 after approval (by the bureau with a reason, or because the registry ended the unit)")
public enum RequestStatus {
    SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED, FULFILLED, WITHDRAWN, CANCELLED;

    public boolean awaitsDecision() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }
}
