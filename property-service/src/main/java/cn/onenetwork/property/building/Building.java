package cn.onenetwork.property.building;

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

/** 楼座 a building registered to a division. */
@Entity
@Table(name = "building")
public class Building extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(name = "parcel_id")
    public UUID parcelId;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String address;

    @Column(name = "year_built")
    public Integer yearBuilt;

    /** 竣工日期: the 15-year rule of repairs counts from this day. */
    @Column(name = "completed_on")
    public LocalDate completedOn;

    public String structure;

    @Column(name = "storeys_above", nullable = false)
    public int storeysAbove;

    @Column(name = "storeys_below", nullable = false)
    public int storeysBelow;

    @Column(name = "gross_floor_area", nullable = false)
    public BigDecimal grossFloorArea;

    @Column(name = "usable_coefficient")
    public BigDecimal usableCoefficient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BuildingOrigin origin;

    /** The day allocation completed its disposal; null while it is part of the state's office space. */
    @Column(name = "disposed_on")
    public LocalDate disposedOn;

    @Column(name = "disposal_method")
    public String disposalMethod;

    @Column(name = "disposal_reference")
    public String disposalReference;

    /** The lease contract leased premises are held under (allocation's number), and when it ends or ended. */
    @Column(name = "lease_number")
    public String leaseNumber;

    @Column(name = "lease_ends_on")
    public LocalDate leaseEndsOn;

    /** The last medium or major repair before the platform, and the document it is known by (a file number, an acceptance record). */
    @Column(name = "prior_repair_on")
    public LocalDate priorRepairOn;

    @Column(name = "prior_repair_evidence")
    public String priorRepairEvidence;

    /** The later of the prior repair and the last medium or major repair maintenance-service accepted: the 15-year rule counts from it. */
    @Column(name = "last_medium_or_major_repair_on")
    public LocalDate lastMediumOrMajorRepairOn;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Lower-cased name, code and address (or what the table searches by), kept by the database for text search. */
    @Column(name = "search_text", insertable = false, updatable = false)
    public String searchText;
}
