package cn.onenetwork.maintenance.inspection;

import cn.onenetwork.maintenance.repair.BuildingSystem;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an inspection found in one system: how grave, what remedying it costs, and by when. Open findings are deferred maintenance. */
@Entity
@Table(name = "inspection_finding")
public class Finding extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "inspection_id", nullable = false)
    public UUID inspectionId;

    @Column(name = "building_id", nullable = false)
    public UUID buildingId;

    @Column(name = "division_code", nullable = false)
    public String divisionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "building_system", nullable = false)
    public BuildingSystem system;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(nullable = false)
    public String description;

    @Column(name = "remediation_cost", nullable = false)
    public BigDecimal remediationCost;

    @Column(name = "remediate_by", nullable = false)
    public LocalDate remediateBy;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    public String resolution;

    @Version
    public long version;

    @Schema(name = "FindingSeverity", description = "LOW 轻微, MEDIUM 一般, HIGH 严重, CRITICAL 危及安全")
    public enum Severity {
        LOW, MEDIUM, HIGH, CRITICAL
    }
}
