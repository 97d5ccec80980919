package cn.onenetwork.allocation.request;

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

/** 用房申请 a unit's request for office space, sized by the standards in force on the day it was submitted. */
@Entity
@Table(name = "allocation_request")
public class AllocationRequest extends PanacheEntityBase {

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestReason reason;

    @Column(nullable = false)
    public String justification;

    /** JSON: the staff lines with the standard each rank was sized by. */
    @Column(nullable = false)
    public String staff;

    @Column(name = "service_area_asked", nullable = false)
    public BigDecimal serviceAreaAsked;

    @Column(name = "equipment_area_asked", nullable = false)
    public BigDecimal equipmentAreaAsked;

    @Column(name = "area_asked", nullable = false)
    public BigDecimal areaAsked;

    /** Service space granted at approval: within the allowance in force, or the bureau's own figure where none is. */
    @Column(name = "service_area_granted")
    public BigDecimal serviceAreaGranted;

    @Column(name = "equipment_area_granted")
    public BigDecimal equipmentAreaGranted;

    /** What fulfilment may hand over: the area asked, within the offices' entitlement plus the space granted beyond them. */
    @Column(name = "area_approved")
    public BigDecimal areaApproved;

    /** JSON list of document references. */
    @Column(nullable = false)
    public String documents;

    @Column(name = "sized_on", nullable = false)
    public LocalDate sizedOn;

    @Column(name = "office_entitlement", nullable = false)
    public BigDecimal officeEntitlement;

    @Column(name = "held_area", nullable = false)
    public BigDecimal heldArea;

    @Column(name = "basic_entitlement")
    public BigDecimal basicEntitlement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RequestStatus status;

    @Enumerated(EnumType.STRING)
    public AllocationMethod method;

    /** JSON: method → why it could not serve. */
    @Column(name = "ruled_out")
    public String ruledOut;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source")
    public FundingSource fundingSource;

    /** JSON: the pool's best recommendation when the decision was taken; null when the pool had none. */
    @Column(name = "pool_best_fit")
    public String poolBestFit;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
