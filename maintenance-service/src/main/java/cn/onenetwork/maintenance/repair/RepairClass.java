package cn.onenetwork.maintenance.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 维修类别: ROUTINE 日常维修 (operating budget, no approval), MEDIUM 中修 (partial), MAJOR 大修 (full, may extend the floor area by at most 15%). */
@Schema(description = "维修类别: ROUTINE 日常维修, MEDIUM 中修, MAJOR 大修")
public enum RepairClass {
    ROUTINE, MEDIUM, MAJOR
}
