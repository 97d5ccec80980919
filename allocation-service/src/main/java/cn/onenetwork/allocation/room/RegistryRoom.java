package cn.onenetwork.allocation.room;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A room as allocation knows it: a replica of property-service's room, kept by events. */
@Entity
@Table(name = "registry_room")
public class RegistryRoom extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "building_id", nullable = false)
    public UUID buildingId;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String category;

    @Column(name = "use_area", nullable = false)
    public BigDecimal useArea;

    @Column(nullable = false)
    public String status;

    @Column(name = "status_since")
    public LocalDate statusSince;

    @Column(name = "floor_id")
    public UUID floorId;

    /** When the registry retired the room (merged or split in a renovation); null while it exists. */
    @Column(name = "retired_on")
    public LocalDate retiredOn;

    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "synced_at", nullable = false)
    public OffsetDateTime syncedAt;
}
