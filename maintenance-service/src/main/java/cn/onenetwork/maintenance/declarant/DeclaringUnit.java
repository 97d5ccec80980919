package cn.onenetwork.maintenance.declarant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 申报单位 a unit that declares repairs: a replica of property-service's agency, kept by events. */
@Entity
@Table(name = "declaring_unit")
public class DeclaringUnit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "credit_code", nullable = false)
    public String creditCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    /** The day the registry ended the unit (dissolved or merged); it declares nothing from then. */
    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;

    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "synced_at", nullable = false)
    public OffsetDateTime syncedAt;
}
