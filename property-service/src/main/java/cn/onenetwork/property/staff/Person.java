package cn.onenetwork.property.staff;

import cn.onenetwork.property.organisation.AdministrativeLevel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 人员 a member of an agency's staff, with the rank whose office standard applies to them. */
@Entity
@Table(name = "person")
public class Person extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(nullable = false)
    public String name;

    public String position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdministrativeLevel level;

    @Column(name = "rank_code", nullable = false)
    public String rankCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PersonStatus status;

    @Column(name = "status_since", nullable = false)
    public LocalDate statusSince;

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
