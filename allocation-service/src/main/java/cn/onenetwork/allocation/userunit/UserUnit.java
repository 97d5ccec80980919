package cn.onenetwork.allocation.userunit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 使用单位 as allocation knows it: a replica of property-service's agency, kept by events. */
@Entity
@Table(name = "user_unit")
public class UserUnit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "credit_code", nullable = false)
    public String creditCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(nullable = false)
    public String level;

    @Column(name = "agency_system", nullable = false)
    public String system;

    @Column(name = "approved_staffing", nullable = false)
    public String approvedStaffing;

    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "synced_at", nullable = false)
    public OffsetDateTime syncedAt;

    /** The day the registry ended the unit; null while it exists. */
    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;

    @Column(name = "successor_id")
    public UUID successorId;
}
