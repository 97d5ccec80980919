package cn.onenetwork.maintenance.inspection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 检查 an inspection of a building's systems: planned, then recorded with what it found. */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(name = "building_id", nullable = false)
    public UUID buildingId;

    /** JSON list of building systems. */
    @Column(nullable = false)
    public String systems;

    @Column(name = "planned_on", nullable = false)
    public LocalDate plannedOn;

    @Column(name = "performed_on")
    public LocalDate performedOn;

    public String inspector;

    @Column(name = "cancelled_on")
    public LocalDate cancelledOn;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Schema(name = "InspectionStatus", description = "PLANNED 计划, RECORDED 已检查, CANCELLED 已取消")
    public enum Status {
        PLANNED, RECORDED, CANCELLED
    }
}
