package cn.onenetwork.bench.seating;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/** The rules of the recommender, as constraint streams. */
public class SeatingConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            factory.forEach(Person.class).groupBy(p -> p.office, ConstraintCollectors.sumLong(p -> p.standardCents))
                    .filter((office, standards) -> office.areaCents() > standards)
                    .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (office, standards) -> office.areaCents() - standards).asConstraint("office over standard"),
            factory.forEachUniquePair(Person.class, Joiners.equal(p -> p.office)).filter((a, b) -> !a.rank.equals(b.rank))
                    .penalizeLong(HardMediumSoftLongScore.ofHard(100)).asConstraint("ranks mixed in one office"),
            factory.forEach(Person.class).groupBy(p -> p.office, ConstraintCollectors.count()).filter((office, n) -> n > 4)
                    .penalizeLong(HardMediumSoftLongScore.ofHard(100), (office, n) -> n - 4L).asConstraint("more than four in one office"),
            factory.forEach(SupportRoom.class).filter(SupportRoom::isChosen).groupBy(r -> r.kind, ConstraintCollectors.sumLong(r -> r.areaCents))
                    .join(SeatingSolution.Need.class, Joiners.equal((kind, sum) -> kind, SeatingSolution.Need::kind))
                    .filter((kind, sum, need) -> sum < need.askedCents())
                    .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (kind, sum, need) -> need.askedCents() - sum).asConstraint("support space short"),
            factory.forEach(SupportRoom.class).filter(SupportRoom::isChosen).groupBy(r -> r.kind, ConstraintCollectors.sumLong(r -> r.areaCents))
                    .join(SeatingSolution.Need.class, Joiners.equal((kind, sum) -> kind, SeatingSolution.Need::kind))
                    .filter((kind, sum, need) -> sum > need.askedCents())
                    .penalizeLong(HardMediumSoftLongScore.ofSoft(1000), (kind, sum, need) -> sum - need.askedCents()).asConstraint("excess area"),
            factory.forEach(Person.class).map(p -> p.office.building()).concat(factory.forEach(SupportRoom.class)
                            .filter(r -> r.isChosen() && !r.pinned).map(r -> r.building)).distinct()
                    .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM).asConstraint("buildings used"),
            factory.forEach(Person.class).groupBy(p -> p.office.building(), ConstraintCollectors.min((Person p) -> p.office.floor()),
                            ConstraintCollectors.max((Person p) -> p.office.floor()))
                    .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (building, low, high) -> high - low + 1L).asConstraint("floor span")
        };
    }
}
