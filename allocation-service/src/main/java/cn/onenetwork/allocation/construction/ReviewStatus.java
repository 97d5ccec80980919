package cn.onenetwork.allocation.construction;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "UNDER_REVIEW 审查中 → NECESSARY 确有必要 → HANDED_OFF 已移交发展改革部门立项; or NOT_NECESSARY 不予支持")
public enum ReviewStatus {
    UNDER_REVIEW, NECESSARY, NOT_NECESSARY, HANDED_OFF
}
