package cn.onenetwork.allocation.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** 使用协议 the terms a unit signed for the rooms of one certificate, kept as signed while the certificate changes. */
@Entity
@Table(name = "use_agreement")
public class UseAgreement extends PanacheEntityBase {

    @Id
    @Column(name = "certificate_id")
    public UUID certificateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementPurpose purpose;

    /** JSON list of the {@link AgreementObligation} codes the unit signed. */
    @Column(nullable = false)
    public String obligations;

    /** JSON list of the rooms as signed. */
    @Column(nullable = false)
    public String rooms;

    @Column(name = "signed_on", nullable = false)
    public LocalDate signedOn;

    @Column(name = "unit_signatory", nullable = false)
    public String unitSignatory;

    @Column(name = "bureau_signatory", nullable = false)
    public String bureauSignatory;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
