package cn.onenetwork.allocation.holding;

import cn.onenetwork.allocation.room.RoomCategory;
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

/** 占有使用 a unit's holding of a room: on what basis, for which use, from when to when. */
@Entity
@Table(name = "holding")
public class Holding extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "room_id", nullable = false)
    public UUID roomId;

    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HoldingBasis basis;

    @Enumerated(EnumType.STRING)
    @Column(name = "approved_use", nullable = false)
    public RoomCategory approvedUse;

    @Column(nullable = false)
    public String reference;

    @Column(name = "from_date", nullable = false)
    public LocalDate fromDate;

    @Column(name = "to_date")
    public LocalDate toDate;

    @Column(name = "end_reason")
    public String endReason;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
