package cn.onenetwork.bench.seating;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** A person to seat; the planning variable is the office. */
@PlanningEntity
public class Person {

    @PlanningId
    public String id;

    public String rank;

    public long standardCents;

    @PlanningVariable(valueRangeProviderRefs = "offices")
    public SeatingSolution.Office office;

    public Person() {
    }

    public Person(String id, String rank, long standardCents) {
        this.id = id;
        this.rank = rank;
        this.standardCents = standardCents;
    }
}
