package cn.onenetwork.allocation.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "SUBMITTED 已提交 → UNDER_REVIEW 审核中 → APPROVED 已批准 / REJECTED 不予批准 → FULFILLED 已配置; WITHDRAWN 已撤回 before a decision")
public enum RequestStatus {
    SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED, FULFILLED, WITHDRAWN;

    public boolean awaitsDecision() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }
}
