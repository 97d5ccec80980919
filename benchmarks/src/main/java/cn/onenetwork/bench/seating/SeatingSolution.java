package cn.onenetwork.bench.seating;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/**
 * The recommender's problem as a Timefold planning problem (ADR 8): every person gets an office, every support room is
 * chosen or not. Hard: no office over its occupants' standards, no mixed ranks nor more than four in a room, the service
 * and equipment space covered. Medium: buildings used. Soft: excess area, then floor span.
 */
@PlanningSolution
public class SeatingSolution {

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "offices")
    public List<Office> offices;

    @ProblemFactCollectionProperty
    public List<Need> needs;

    @PlanningEntityCollectionProperty
    public List<Person> people;

    @PlanningEntityCollectionProperty
    public List<SupportRoom> supportRooms;

    @ValueRangeProvider(id = "choice")
    public List<Boolean> choice = List.of(Boolean.FALSE, Boolean.TRUE);

    @PlanningScore
    public HardMediumSoftLongScore score;

    public SeatingSolution() {
    }

    public SeatingSolution(List<Office> offices, List<Need> needs, List<Person> people, List<SupportRoom> supportRooms) {
        this.offices = offices;
        this.needs = needs;
        this.people = people;
        this.supportRooms = supportRooms;
    }

    /** An office room: use area in hundredths of a m². */
    public record Office(String id, int building, int floor, long areaCents) {
    }

    /** What must be covered of one kind of support space, in hundredths of a m². */
    public record Need(String kind, long askedCents) {
    }
}
