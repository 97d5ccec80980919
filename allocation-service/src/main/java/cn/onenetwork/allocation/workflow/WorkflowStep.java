package cn.onenetwork.allocation.workflow;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of a workflow (a request, a certificate, a vacating order…): who took it, to which status, with what comment. */
@Entity
@Table(name = "workflow_step")
public class WorkflowStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "subject_type", nullable = false)
    public String subjectType;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String actor;

    public String comment;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Schema(name = "WorkflowStep", requiredProperties = {"action", "status", "actor", "at"}, description = "One step of a workflow: who took it, when, to which status.")
    public record View(@Schema(examples = "APPROVE") String action, @Schema(examples = "APPROVED") String status,
            @Schema(examples = "bureau-admin-640104") String actor, String comment, OffsetDateTime at) {
    }

    public static WorkflowStep record(String subjectType, UUID subjectId, String action, Enum<?> status, String actor, String comment, OffsetDateTime at) {
        WorkflowStep step = new WorkflowStep();
        step.subjectType = subjectType;
        step.subjectId = subjectId;
        step.action = action;
        step.status = status.name();
        step.actor = actor;
        step.comment = comment == null || comment.isBlank() ? null : comment.strip();
        step.occurredAt = at;
        step.persist();
        return step;
    }

    public static List<View> history(String subjectType, UUID subjectId) {
        return WorkflowStep.<WorkflowStep>list("subjectType = ?1 and subjectId = ?2 order by id", subjectType, subjectId).stream()
                .map(s -> new View(s.action, s.status, s.actor, s.comment, s.occurredAt)).toList();
    }
}
