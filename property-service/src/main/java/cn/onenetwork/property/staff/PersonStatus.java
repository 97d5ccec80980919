package cn.onenetwork.property.staff;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "人员状态: IN_POST 在岗, TRANSFERRED 调离, RETIRED 退休")
public enum PersonStatus {
    IN_POST, TRANSFERRED, RETIRED;

    public boolean hasLeft() {
        return this != IN_POST;
    }
}
