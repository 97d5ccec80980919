package cn.onenetwork.allocation.vacating;

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

/** 腾退单 a holding that must be handed back by a deadline. */
@Entity
@Table(name = "vacating_order")
public class VacatingOrder extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    @Column(name = "holding_id", nullable = false)
    public UUID holdingId;

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
    public VacatingCause cause;

    @Column(name = "cause_reference", nullable = false)
    public String causeReference;

    @Column(name = "successor_id")
    public UUID successorId;

    @Column(nullable = false)
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VacatingStatus status;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
