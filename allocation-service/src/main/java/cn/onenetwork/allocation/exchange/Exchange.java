package cn.onenetwork.allocation.exchange;

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

/** 置换 two units of a division swap the rooms they hold. */
@Entity
@Table(name = "exchange")
public class Exchange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(name = "request_id")
    public UUID requestId;

    @Column(name = "first_agency", nullable = false)
    public UUID firstAgency;

    @Column(name = "second_agency", nullable = false)
    public UUID secondAgency;

    @Column(name = "first_holdings", nullable = false)
    public String firstHoldings;

    @Column(name = "second_holdings", nullable = false)
    public String secondHoldings;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExchangeStatus status;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
