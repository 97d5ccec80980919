package cn.onenetwork.property.room;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "使用状态: IN_USE 在用, IDLE 闲置, UNDER_REPAIR 维修中")
public enum RoomStatus {
    IN_USE, IDLE, UNDER_REPAIR
}
