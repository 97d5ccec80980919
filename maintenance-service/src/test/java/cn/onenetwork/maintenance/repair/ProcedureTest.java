package cn.onenetwork.maintenance.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.common.i18n.Languages;
import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.maintenance.repair.Procedure.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcedureTest {

    private static final List<Stage> ORDER = List.of(Stage.APPRAISE, Stage.ESTABLISH, Stage.PLAN, Stage.START, Stage.ACCEPT);

    @Test
    void aMediumOrMajorRepairTakesTheFiveStagesInTheirOrderAndNoneCanBeSkipped() {
        for (RepairClass repairClass : List.of(RepairClass.MEDIUM, RepairClass.MAJOR)) {
            ProjectStatus status = ProjectStatus.DECLARED;
            List<Stage> taken = new ArrayList<>();
            for (Stage expected : ORDER) {
                for (Stage other : ORDER) {
                    if (other != expected) {
                        assertEquals("STAGE_OUT_OF_ORDER", Procedure.check(other, repairClass, status).orElseThrow().code(), other + " from " + status);
                    }
                }
                assertEquals(Optional.of(expected), Procedure.next(repairClass, status));
                assertTrue(Procedure.check(expected, repairClass, status).isEmpty());
                taken.add(expected);
                status = expected.leadsTo;
            }
            assertEquals(ORDER, taken);
            assertEquals(ProjectStatus.COMPLETED, status);
            assertTrue(Procedure.next(repairClass, status).isEmpty());
        }
    }

    @Test
    void acceptanceBeforeImplementationNamesTheStageThatComesNext() {
        Text detail = Procedure.check(Stage.ACCEPT, RepairClass.MAJOR, ProjectStatus.PLANNED).orElseThrow().detail();
        String chinese = detail.render(Languages.CHINESE);
        assertTrue(chinese.contains("下一环节为实施（START）") && chinese.contains("竣工验收（ACCEPT）"), chinese);
        String english = detail.render(Languages.ENGLISH);
        assertTrue(english.contains("its next stage is START (实施)"), english);
    }

    @Test
    void aRoutineRepairIsReportedAndTakesNoStageOfTheProcedure() {
        assertTrue(Procedure.check(Stage.REPORT, RepairClass.ROUTINE, ProjectStatus.DECLARED).isEmpty());
        for (Stage stage : ORDER) {
            assertEquals("STAGE_NOT_FOR_CLASS", Procedure.check(stage, RepairClass.ROUTINE, ProjectStatus.DECLARED).orElseThrow().code());
        }
        assertEquals("STAGE_NOT_FOR_CLASS", Procedure.check(Stage.REPORT, RepairClass.MEDIUM, ProjectStatus.DECLARED).orElseThrow().code());
    }

    @Test
    void eachStageIsTakenByItsRole() {
        assertEquals(Procedure.Actor.APPROVING_BUREAU, Stage.ESTABLISH.actor);
        assertEquals(Procedure.Actor.BUREAU, Stage.APPRAISE.actor);
        assertEquals(Procedure.Actor.BUREAU, Stage.ACCEPT.actor);
        assertEquals(Procedure.Actor.UNIT_OR_BUREAU, Stage.REPORT.actor);
        assertEquals(Procedure.Actor.APPROVING_BUREAU, Stage.APPROVE_CONTRACT.actor, "a contract above the plan goes back to the approving bureau");
        assertTrue(Procedure.check(Stage.APPROVE_CONTRACT, RepairClass.MEDIUM, ProjectStatus.PLANNED).isEmpty());
        assertEquals(Optional.of(Stage.START), Procedure.next(RepairClass.MEDIUM, ProjectStatus.PLANNED), "the approval does not move the project");
        assertTrue(Procedure.approvedAbove(RepairRules.CostBand.LARGE));
        assertTrue(!Procedure.approvedAbove(RepairRules.CostBand.MEDIUM));
    }
}
