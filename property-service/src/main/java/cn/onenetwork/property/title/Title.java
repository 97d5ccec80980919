package cn.onenetwork.property.title;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 权属 the title of a building or of a land parcel: certificates, registrant and state. */
@Entity
@Table(name = "title")
public class Title extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "building_id", unique = true)
    public UUID buildingId;

    @Column(name = "parcel_id", unique = true)
    public UUID parcelId;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TitleState state;

    @Column(name = "unified_certificate_no")
    public String unifiedCertificateNo;

    @Column(name = "building_ownership_certificate_no")
    public String buildingOwnershipCertificateNo;

    @Column(name = "land_use_certificate_no")
    public String landUseCertificateNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "land_use_type")
    public LandUseType landUseType;

    public String registrant;

    @Column(name = "approval_reference")
    public String approvalReference;

    @Column(name = "filing_reference")
    public String filingReference;

    /** 权属资料已移交: the title's records were handed over to the bureau. */
    @Column(name = "records_handed_over", nullable = false)
    public boolean recordsHandedOver;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
