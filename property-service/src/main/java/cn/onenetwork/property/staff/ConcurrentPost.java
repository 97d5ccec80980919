package cn.onenetwork.property.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** 兼职 a concurrent post in another unit; with approval it allows one more office. */
@Entity
@Table(name = "concurrent_post")
public class ConcurrentPost extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "agency_id", nullable = false)
    public UUID agencyId;

    @Column(nullable = false)
    public boolean approved;

    @Column(name = "approval_reference")
    public String approvalReference;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "end_reason")
    public String endReason;

    @jakarta.persistence.Version
    public long version;
}
