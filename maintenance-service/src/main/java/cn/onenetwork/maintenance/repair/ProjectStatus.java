package cn.onenetwork.maintenance.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "项目状态: DECLARED 已申报, APPRAISED 已检查鉴定, ESTABLISHED 已立项 (in the reserve 项目储备库), PLANNED 已列入年度计划, "
        + "IN_PROGRESS 实施中, COMPLETED 已竣工验收 (a routine repair: done and its cost reported), REJECTED 不予立项, WITHDRAWN 已撤回")
public enum ProjectStatus {
    DECLARED, APPRAISED, ESTABLISHED, PLANNED, IN_PROGRESS, COMPLETED, REJECTED, WITHDRAWN
}
