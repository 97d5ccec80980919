package cn.onenetwork.allocation.workflow;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
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
        return histories(subjectType, List.of(subjectId)).getOrDefault(subjectId, List.of());
    }

    /** The histories of a page of subjects in one query, not one per subject; a subject without steps is absent. */
    public static Map<UUID, List<View>> histories(String subjectType, Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        return WorkflowStep.<WorkflowStep>list("subjectType = ?1 and subjectId in ?2 order by id", subjectType, subjectIds).stream()
                .collect(Collectors.groupingBy(s -> s.subjectId, Collectors.mapping(s -> new View(s.action, s.status, s.actor, s.comment, s.occurredAt),
                        Collectors.toList())));
    }

    /** The view of each of a page of subjects, their histories read in one query rather than one per subject. */
    public static <S, V> Function<S, V> withHistories(String subjectType, List<S> subjects, Function<S, UUID> id, BiFunction<S, List<View>, V> view) {
        Map<UUID, List<View>> histories = histories(subjectType, subjects.stream().map(id).toList());
        return subject -> view.apply(subject, histories.getOrDefault(id.apply(subject), List.of()));
    }
}
