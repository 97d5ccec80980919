package cn.onenetwork.allocation.construction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 必要性审查 the bureau's review of a construction request before the development-and-reform approval. */
@Entity
@Table(name = "construction_review")
public class ConstructionReview extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    @Column(name = "request_id", nullable = false)
    public UUID requestId;

    /** 主要使用单位: the unit of the request. */
    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(name = "project_name", nullable = false)
    public String projectName;

    @Column(nullable = false)
    public String site;

    @Column(name = "planned_area", nullable = false)
    public BigDecimal plannedArea;

    @Column(name = "estimated_investment", nullable = false)
    public BigDecimal estimatedInvestment;

    /** 审批部门 the department that approves the project. */
    @Column(name = "approving_department")
    public String approvingDepartment;

    /** 建设单位 the unit that builds it. */
    public String builder;

    /** JSON list of findings. */
    @Column(nullable = false)
    public String findings;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewStatus status;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "handed_to")
    public String handedTo;

    @Column(name = "hand_off_reference")
    public String handOffReference;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
