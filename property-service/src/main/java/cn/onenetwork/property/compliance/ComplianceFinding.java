package cn.onenetwork.property.compliance;

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
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored finding: open while the violation lasts, resolved when a recomputation no longer finds it. */
@Entity
@Table(name = "compliance_finding")
public class ComplianceFinding extends PanacheEntityBase {

    public static final String OPEN = "OPEN";
    public static final String RESOLVED = "RESOLVED";

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rule rule;

    @Column(name = "subject_key", nullable = false)
    public String subjectKey;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "room_id")
    public UUID roomId;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "excess_area", nullable = false)
    public BigDecimal excessArea;

    @Column(nullable = false)
    public LocalDate since;

    /** The detail as a message of i18n/property and its values (FindingDetail), rendered for each reader. */
    @Column(name = "detail_key", nullable = false)
    public String detailKey;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "detail_values", nullable = false)
    public Map<String, Object> detailValues;

    @Column(nullable = false)
    public String status;

    @Column(name = "found_at", nullable = false)
    public OffsetDateTime foundAt;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Version
    public long version;

    public FindingDetail detail() {
        return FindingDetail.stored(detailKey, detailValues);
    }
}
