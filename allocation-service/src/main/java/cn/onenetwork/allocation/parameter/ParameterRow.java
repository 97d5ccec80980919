package cn.onenetwork.allocation.parameter;

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
import java.util.Map;

/** A division's allocation figures from a day (the platform's when the division is null), until the next row of that division. */
@Entity
@Table(name = "allocation_parameters")
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

    @Column(name = "max_monthly_rent_per_m2", nullable = false)
    public BigDecimal maxMonthlyRentPerSquareMetre;

    @Column(name = "lease_reminder_lead_months", nullable = false)
    public int leaseReminderLeadMonths;

    @Column(name = "vacating_deadline_months", nullable = false)
    public int vacatingDeadlineMonths;

    @Column(name = "promise_expiry_days", nullable = false)
    public int promiseExpiryDays;

    @Column(nullable = false)
    public String source;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The figures by name, as the shared rule compares them. */
    Map<String, BigDecimal> figures() {
        return Map.of(AllocationFigures.RENT_CAP.name(), maxMonthlyRentPerSquareMetre,
                AllocationFigures.REMINDER_LEAD.name(), BigDecimal.valueOf(leaseReminderLeadMonths),
                AllocationFigures.VACATING_DEADLINE.name(), BigDecimal.valueOf(vacatingDeadlineMonths),
                AllocationFigures.PROMISE_EXPIRY.name(), BigDecimal.valueOf(promiseExpiryDays));
    }
}
