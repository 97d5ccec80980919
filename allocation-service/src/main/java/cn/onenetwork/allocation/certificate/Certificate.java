package cn.onenetwork.allocation.certificate;

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

/** 分配使用凭证 a unit's certificate for the rooms allocated to it; valid until cancelled or revoked. */
@Entity
@Table(name = "use_certificate")
public class Certificate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    @Column(name = "request_id")
    public UUID requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CertificateBasis basis;

    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;

    @Column(name = "agency_code", nullable = false)
    public String agencyCode;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    /** JSON list of the rooms covered. */
    @Column(nullable = false)
    public String rooms;

    @Column(name = "total_area", nullable = false)
    public BigDecimal totalArea;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CertificateStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "status_since", nullable = false)
    public LocalDate statusSince;

    @Column(name = "code_hash")
    public String codeHash;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
