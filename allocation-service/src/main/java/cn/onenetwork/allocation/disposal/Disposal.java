package cn.onenetwork.allocation.disposal;

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

/** 处置 of a building: method, grounds, approval and proceeds. */
@Entity
@Table(name = "disposal")
public class Disposal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    @Column(name = "building_id", nullable = false)
    public UUID buildingId;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisposalMethod method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisposalGround ground;

    @Column(name = "grounds_detail", nullable = false)
    public String groundsDetail;

    @Column(name = "reallocation_ruled_out")
    public String reallocationRuledOut;

    public String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisposalStatus status;

    @Column(name = "approval_reference")
    public String approvalReference;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    public BigDecimal proceeds;

    @Column(name = "treasury_reference")
    public String treasuryReference;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
