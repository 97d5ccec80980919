package cn.onenetwork.property.agency;

import cn.onenetwork.property.organisation.AdministrativeLevel;
import cn.onenetwork.property.organisation.AgencyCategory;
import cn.onenetwork.property.organisation.AgencySystem;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** 单位 a user unit, or the offices administration bureau of its division. */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "credit_code", nullable = false, unique = true)
    public String creditCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdministrativeLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_system", nullable = false)
    public AgencySystem system;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgencyCategory category;

    @Column(name = "parent_agency_id")
    public UUID parentAgencyId;

    @Column(name = "offices_bureau", nullable = false)
    public boolean officesBureau;

    @Column(name = "actual_staff", nullable = false)
    public int actualStaff;

    @Column(name = "dissolved_on")
    public LocalDate dissolvedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "dissolution_kind")
    public DissolutionKind dissolutionKind;

    @Column(name = "successor_id")
    public UUID successorId;

    @Column(name = "dissolution_reason")
    public String dissolutionReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agency_staffing", joinColumns = @JoinColumn(name = "agency_id"))
    @MapKeyColumn(name = "rank_code")
    @Column(name = "approved", nullable = false)
    public Map<String, Integer> approvedStaffing = new TreeMap<>();

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
