package cn.onenetwork.allocation.room;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The registry's room categories; the schema is the registry's, so the merged API document has one of it. */
@Schema(description = "用房类别: OFFICE 办公室, SERVICE 服务用房, EQUIPMENT 设备用房 (these three are 基本办公用房, reported in use area); "
        + "ANCILLARY 附属用房 and TECHNICAL 技术业务用房 (not office space; using it as offices is a violation) are reported in building area")
public enum RoomCategory {
    OFFICE, SERVICE, EQUIPMENT, ANCILLARY, TECHNICAL
}
