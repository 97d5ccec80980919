package cn.onenetwork.maintenance.repair;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One stage a project took: who, on which day, to which status, with which of its documents. */
@Entity
@Table(name = "project_stage")
public class ProjectStage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String stage;

    @Column(nullable = false)
    public String status;

    @Column(name = "acted_on", nullable = false)
    public LocalDate actedOn;

    @Column(nullable = false)
    public String actor;

    public String comment;

    /** JSON list of the ids of the project's documents this stage rests on. */
    @Column(nullable = false)
    public String documents;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;
}
