package cn.onenetwork.property.room;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Room", requiredProperties = {"id", "buildingId", "floorId", "divisionCode", "number", "category", "useArea", "status", "statusSince", "version"}, description = "房间 a registered room.")
public record RoomView(UUID id, UUID buildingId, UUID floorId, @Schema(examples = "640104") String divisionCode, @Schema(examples = "301") String number,
        RoomCategory category, @Schema(examples = "18.00") BigDecimal useArea, BigDecimal buildingArea, String function, RoomStatus status,
        LocalDate statusSince, @Schema(description = "Version, also sent as the ETag.", examples = "0") long version,
        @Schema(description = "When the room was retired (merged or split in a renovation); absent while it exists") LocalDate retiredOn,
        @Schema(description = "Why it was retired", examples = "与302合并为会议室") String retirementReason) {

    public static final String TOPIC = "property.rooms";
    public static final String REGISTERED = "cn.onenetwork.property.room.registered.v1";
    public static final String UPDATED = "cn.onenetwork.property.room.updated.v1";
    public static final String RETIRED = "cn.onenetwork.property.room.retired.v1";

    public static RoomView of(Room r) {
        return new RoomView(r.id, r.buildingId, r.floorId, r.divisionCode, r.number, r.category, r.useArea, r.buildingArea, r.function,
                r.status, r.statusSince, r.version, r.retiredOn, r.retirementReason);
    }
}
