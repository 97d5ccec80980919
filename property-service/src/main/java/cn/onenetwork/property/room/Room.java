package cn.onenetwork.property.room;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 房间 a room; its division is its building's, kept on the row so that scope needs no join. */
@Entity
@Table(name = "room")
public class Room extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "building_id", nullable = false)
    public UUID buildingId;

    @Column(name = "floor_id", nullable = false)
    public UUID floorId;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(nullable = false)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoomCategory category;

    @Column(name = "use_area", nullable = false)
    public BigDecimal useArea;

    @Column(name = "building_area")
    public BigDecimal buildingArea;

    public String function;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoomStatus status;

    @Column(name = "status_since", nullable = false)
    public LocalDate statusSince;

    @Column(name = "category_since", nullable = false)
    public LocalDate categorySince;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Lower-cased name, code and address (or what the table searches by), kept by the database for text search. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;

    /** When the room was merged or split away in a renovation; null while it exists. */
    @Column(name = "retired_on")
    public LocalDate retiredOn;

    @Column(name = "retirement_reason")
    public String retirementReason;
}
