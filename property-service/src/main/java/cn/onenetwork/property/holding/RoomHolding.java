package cn.onenetwork.property.holding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Which unit holds a room: a replica of allocation-service's holding, kept by events. */
@Entity
@Table(name = "room_holding")
public class RoomHolding extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "room_id", nullable = false)
    public UUID roomId;

    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "approved_use", nullable = false)
    public String approvedUse;

    @Column(nullable = false)
    public String reference;

    @Column(name = "from_date", nullable = false)
    public LocalDate fromDate;

    @Column(name = "to_date")
    public LocalDate toDate;

    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "synced_at", nullable = false)
    public OffsetDateTime syncedAt;

    /** When the room's last holding ended, for a room no unit holds now; null when it never had one. */
    public static LocalDate lastEnd(UUID roomId) {
        return find("roomId = ?1 and toDate is not null order by toDate desc", roomId).<RoomHolding>firstResultOptional().map(h -> h.toDate)
                .orElse(null);
    }

    /** The open holding of a room, if any. */
    public static RoomHolding current(UUID roomId) {
        return find("roomId = ?1 and toDate is null", roomId).firstResult();
    }
}
