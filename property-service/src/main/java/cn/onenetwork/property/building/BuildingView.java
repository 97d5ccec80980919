package cn.onenetwork.property.building;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Building", requiredProperties = {"id", "divisionCode", "code", "name", "address", "storeysAbove", "storeysBelow", "grossFloorArea", "origin", "version"}, description = "楼座 a registered building.")
public record BuildingView(UUID id, @Schema(examples = "640104") String divisionCode,
        @Schema(description = "The land parcel, if registered") UUID parcelId, @Schema(examples = "XQ-001") String code,
        @Schema(examples = "兴庆区行政中心1号楼") String name, String address, Integer yearBuilt,
        @Schema(description = "竣工日期", examples = "2008-10-15") LocalDate completedOn, String structure, int storeysAbove,
        int storeysBelow, @Schema(examples = "12500.00") BigDecimal grossFloorArea, BigDecimal usableCoefficient, BuildingOrigin origin,
        @Schema(description = "The day its disposal was completed (it left the totals); absent while it is office space") LocalDate disposedOn,
        @Schema(description = "How it was disposed of", examples = "AUCTION") String disposalMethod,
        @Schema(description = "The disposal's number", examples = "640104-CZ-2026-0001") String disposalReference,
        @Schema(description = "For leased premises: the lease contract they are held under", examples = "640104-ZL-2026-0001") String leaseNumber,
        @Schema(description = "When that lease ends (or ended)") LocalDate leaseEndsOn,
        @Schema(description = "The last medium or major repair before the platform, as the bureau's files record it", examples = "2012-09-30")
        LocalDate priorRepairOn,
        @Schema(description = "What the prior repair is known by", examples = "兴机管维〔2012〕5号 竣工验收报告") String priorRepairEvidence,
        @Schema(description = "The day its last medium or major repair (中修/大修) was accepted, before the platform or on it; absent if none was recorded",
                examples = "2019-09-30")
        LocalDate lastMediumOrMajorRepairOn,
        @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {

    /** Building events carry this view. */
    public static final String TOPIC = "property.buildings";
    public static final String REGISTERED = "cn.onenetwork.property.building.registered.v1";
    public static final String UPDATED = "cn.onenetwork.property.building.updated.v1";
    public static final String DISPOSED = "cn.onenetwork.property.building.disposed.v1";
    public static final String LEASE_RECORDED = "cn.onenetwork.property.building.lease-recorded.v1";
    public static final String REPAIR_RECORDED = "cn.onenetwork.property.building.repair-recorded.v1";
    /** Floors travel on their building's topic and key, so that a building and its floors stay in order. */
    public static final String FLOOR_ADDED = "cn.onenetwork.property.floor.added.v1";
    public static final String FLOOR_RENAMED = "cn.onenetwork.property.floor.renamed.v1";

    public static BuildingView of(Building b) {
        return new BuildingView(b.id, b.divisionCode, b.parcelId, b.code, b.name, b.address, b.yearBuilt, b.completedOn, b.structure, b.storeysAbove, b.storeysBelow,
                b.grossFloorArea, b.usableCoefficient, b.origin, b.disposedOn, b.disposalMethod, b.disposalReference,
                b.leaseNumber, b.leaseEndsOn, b.priorRepairOn, b.priorRepairEvidence, b.lastMediumOrMajorRepairOn, b.version);
    }
}
