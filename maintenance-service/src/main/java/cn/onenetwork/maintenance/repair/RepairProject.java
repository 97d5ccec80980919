package cn.onenetwork.maintenance.repair;

import cn.onenetwork.maintenance.repair.RepairRules.CostBand;
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

/** 维修项目 a unit's repair declaration and its way through the procedure. */
@Entity
@Table(name = "repair_project")
public class RepairProject extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(name = "building_id", nullable = false)
    public UUID buildingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "repair_class", nullable = false)
    public RepairClass repairClass;

    @Column(name = "plan_year", nullable = false)
    public int planYear;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    /** JSON list of {@link RepairGround}. */
    @Column(nullable = false)
    public String grounds;

    @Enumerated(EnumType.STRING)
    @Column(name = "hazard_level", nullable = false)
    public HazardLevel hazardLevel;

    /** JSON list of hazard descriptions. */
    @Column(nullable = false)
    public String hazards;

    @Column(name = "energy_use_intensity")
    public BigDecimal energyUseIntensity;

    @Column(name = "extension_area", nullable = false)
    public BigDecimal extensionArea;

    /** JSON list of room ids. */
    @Column(name = "room_ids", nullable = false)
    public String roomIds;

    /** JSON list of work lines by building system. */
    @Column(nullable = false)
    public String items;

    @Column(name = "estimated_cost", nullable = false)
    public BigDecimal estimatedCost;

    @Enumerated(EnumType.STRING)
    @Column(name = "cost_band", nullable = false)
    public CostBand costBand;

    /** 化整为零 suspected: routine declarations of the unit at the address that year reach the medium band with this one. */
    @Column(name = "split_suspected", nullable = false)
    public boolean splitSuspected;

    /** The suspicion's figures: the routine total with this declaration, and where the medium band started. */
    @Column(name = "split_routine_total")
    public BigDecimal splitRoutineTotal;

    @Column(name = "split_medium_from")
    public BigDecimal splitMediumFrom;

    @Column(name = "contract_cost")
    public BigDecimal contractCost;

    /** A contract cost above the planned amount, as the approving bureau approved it, and its approval's number. */
    @Column(name = "approved_contract_cost")
    public BigDecimal approvedContractCost;

    @Column(name = "contract_approval_reference")
    public String contractApprovalReference;

    @Column(name = "actual_cost")
    public BigDecimal actualCost;

    public String contractor;

    @Column(name = "tender_reference")
    public String tenderReference;

    @Column(name = "approval_reference")
    public String approvalReference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStatus status;

    @Column(name = "declared_on", nullable = false)
    public LocalDate declaredOn;

    @Column(name = "appraised_on")
    public LocalDate appraisedOn;

    @Column(name = "established_on")
    public LocalDate establishedOn;

    @Column(name = "planned_on")
    public LocalDate plannedOn;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Lower-cased number, title and unit code, kept by the database for text search. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;
}
