package cn.onenetwork.allocation.lease;

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

/** 租用 a lease contract for office premises, approved and filed by the bureau. */
@Entity
@Table(name = "lease")
public class Lease extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(name = "building_id", nullable = false)
    public UUID buildingId;

    @Column(nullable = false)
    public String lessor;

    /** JSON list of the leased rooms. */
    @Column(name = "room_ids", nullable = false)
    public String roomIds;

    @Column(nullable = false)
    public BigDecimal area;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "annual_rent", nullable = false)
    public BigDecimal annualRent;

    @Column(name = "approval_reference", nullable = false)
    public String approvalReference;

    @Column(name = "filing_reference", nullable = false)
    public String filingReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LeaseStatus status;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "end_reason")
    public String endReason;

    /** When the reminder falls due: the lead in force at signing before the end. */
    @Column(name = "remind_from", nullable = false)
    public LocalDate remindFrom;

    @Column(name = "expiry_reminded_on")
    public LocalDate expiryRemindedOn;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
