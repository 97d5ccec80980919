package cn.onenetwork.maintenance.repair;

import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.maintenance.i18n.MaintenanceText;
import cn.onenetwork.maintenance.repair.RepairRules.CostBand;
import java.util.Optional;
import java.util.Set;

/**
 * The procedure of domain.md §7 as a table: for medium and major repairs 检查鉴定 → 立项 → 计划安排 → 实施 → 竣工验收, strictly in
 * that order; for routine repairs a declaration the unit reports done with its cost. Each stage names who may take it.
 */
public final class Procedure {

    private Procedure() {
    }

    /** Who may take a stage. */
    public enum Actor {
        /** The declaring unit (for itself) or its division's bureau. */
        UNIT_OR_BUREAU,
        /** The bureau of the project's division. */
        BUREAU,
        /** The bureau whose level the cost band calls for: the project's own for small and medium, the level above for large. */
        APPROVING_BUREAU
    }

    public enum Stage {
        APPRAISE("检查鉴定", ProjectStatus.APPRAISED, Actor.BUREAU, Set.of(ProjectStatus.DECLARED)),
        ESTABLISH("立项", ProjectStatus.ESTABLISHED, Actor.APPROVING_BUREAU, Set.of(ProjectStatus.APPRAISED)),
        PLAN("计划安排", ProjectStatus.PLANNED, Actor.BUREAU, Set.of(ProjectStatus.ESTABLISHED)),
        APPROVE_CONTRACT("超计划合同审批", null, Actor.APPROVING_BUREAU, Set.of(ProjectStatus.PLANNED)),
        START("实施", ProjectStatus.IN_PROGRESS, Actor.BUREAU, Set.of(ProjectStatus.PLANNED)),
        ACCEPT("竣工验收", ProjectStatus.COMPLETED, Actor.BUREAU, Set.of(ProjectStatus.IN_PROGRESS)),
        REPORT("日常维修完成", ProjectStatus.COMPLETED, Actor.UNIT_OR_BUREAU, Set.of(ProjectStatus.DECLARED)),
        ADD_WORK("合并申报", null, Actor.BUREAU, Set.of(ProjectStatus.DECLARED, ProjectStatus.APPRAISED)),
        CORRECT("更正", null, Actor.UNIT_OR_BUREAU, Set.of(ProjectStatus.DECLARED, ProjectStatus.APPRAISED)),
        REJECT("不予立项", ProjectStatus.REJECTED, Actor.BUREAU, Set.of(ProjectStatus.DECLARED, ProjectStatus.APPRAISED)),
        WITHDRAW("撤回", ProjectStatus.WITHDRAWN, Actor.UNIT_OR_BUREAU, Set.of(ProjectStatus.DECLARED, ProjectStatus.APPRAISED));

        public final String label;
        /** The status the stage leads to; null when it changes the project without moving it. */
        public final ProjectStatus leadsTo;
        public final Actor actor;
        final Set<ProjectStatus> from;

        Stage(String label, ProjectStatus leadsTo, Actor actor, Set<ProjectStatus> from) {
            this.label = label;
            this.leadsTo = leadsTo;
            this.actor = actor;
            this.from = from;
        }

        boolean appliesTo(RepairClass repairClass) {
            return switch (this) {
                case REPORT -> repairClass == RepairClass.ROUTINE;
                case WITHDRAW, CORRECT -> true;
                default -> repairClass != RepairClass.ROUTINE;
            };
        }
    }

    /** Why a stage cannot be taken now: a stable code and the sentence naming what comes next. */
    public record OutOfOrder(String code, Text detail) {
    }

    public static Optional<OutOfOrder> check(Stage stage, RepairClass repairClass, ProjectStatus status) {
        if (!stage.appliesTo(repairClass)) {
            return Optional.of(new OutOfOrder("STAGE_NOT_FOR_CLASS", repairClass == RepairClass.ROUTINE
                    ? MaintenanceText.STAGE_NOT_FOR_ROUTINE.with(stage, stage.label)
                    : MaintenanceText.STAGE_NOT_FOR_CLASS.with(stage, stage.label, MaintenanceText.label(repairClass))));
        }
        if (!stage.from.contains(status)) {
            return Optional.of(new OutOfOrder("STAGE_OUT_OF_ORDER", next(repairClass, status)
                    .map(n -> MaintenanceText.STAGE_OUT_OF_ORDER.with(stage, stage.label, stage.from, status, n, n.label))
                    .orElseGet(() -> MaintenanceText.STAGE_AFTER_PROCEDURE.with(stage, stage.label, stage.from, status))));
        }
        return Optional.empty();
    }

    /** The stage that moves the project forward from its status, if any. */
    public static Optional<Stage> next(RepairClass repairClass, ProjectStatus status) {
        for (Stage stage : Stage.values()) {
            if (stage.leadsTo != null && stage != Stage.REJECT && stage != Stage.WITHDRAW && stage.appliesTo(repairClass) && stage.from.contains(status)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** A large project is established by the bureau one level up; smaller ones by the project's own. */
    public static boolean approvedAbove(CostBand band) {
        return band == CostBand.LARGE;
    }
}
