package cn.onenetwork.maintenance.plan;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 年度维修计划: a division's yearly repair budget and the reserve projects it funds. */
@Entity
@Table(name = "annual_plan")
public class AnnualPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public BigDecimal budget;

    @Column(nullable = false)
    public BigDecimal total;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Column(name = "approval_reference")
    public String approvalReference;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Schema(name = "AnnualPlanStatus", description = "DRAFT 草案 (revisable), APPROVED 已批准 (its projects are PLANNED and may start)")
    public enum Status {
        DRAFT, APPROVED
    }
}
