package cn.onenetwork.maintenance.parameter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A division's repair figures from a day (the platform's when the division is null), until the next row of that division. */
@Entity
@Table(name = "repair_parameters")
public class ParameterRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "division_code")
    public String divisionCode;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "years_before_medium_repair", nullable = false)
    public int yearsBeforeMediumRepair;

    @Column(name = "max_extension_ratio", nullable = false)
    public BigDecimal maxExtensionRatio;

    @Column(name = "small_below", nullable = false)
    public BigDecimal smallBelow;

    @Column(name = "tender_from", nullable = false)
    public BigDecimal tenderFrom;

    /** MM-DD. */
    @Column(name = "declaration_deadline", nullable = false)
    public String declarationDeadline;

    @Column(name = "replacement_value_per_m2", nullable = false)
    public BigDecimal replacementValuePerM2;

    @Column(name = "energy_reference", nullable = false)
    public BigDecimal energyReference;

    @Column(name = "weight_age", nullable = false)
    public BigDecimal weightAge;

    @Column(name = "weight_since_repair", nullable = false)
    public BigDecimal weightSinceRepair;

    @Column(name = "weight_condition", nullable = false)
    public BigDecimal weightCondition;

    @Column(name = "weight_hazards", nullable = false)
    public BigDecimal weightHazards;

    @Column(name = "weight_energy", nullable = false)
    public BigDecimal weightEnergy;

    @Column(nullable = false)
    public String source;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
