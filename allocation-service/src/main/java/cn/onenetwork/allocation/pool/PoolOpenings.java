package cn.onenetwork.allocation.pool;

import cn.onenetwork.allocation.pool.PoolApi.Opening;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.allocation.i18n.AllocationText;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.rules.DivisionCodes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Whether a division's idle pool is open to the level above: then the bureau above may recommend, promise and hand over
 * those rooms to its own units, as if they were of its own division.
 */
@ApplicationScoped
public class PoolOpenings {

    @Inject
    PlatformClockProvider clock;

    @Inject
    CallerScope scope;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    /**
     * The SQL condition that rooms of the division in {@code roomDivision} may be allocated by the bureau of the division in
     * {@code division} (both SQL expressions): its own, or a pool the level below opened to it. The one place this rule is written.
     */
    public static String usableBy(String roomDivision, String division) {
        return "(" + roomDivision + " = " + division + " OR " + roomDivision + " IN (SELECT o.division_code FROM pool_opening o WHERE o.open_to = "
                + division + "))";
    }

    /** True when rooms of {@code roomDivision} may be allocated by the bureau of {@code division}. */
    public boolean usableBy(UUID roomId, String division) {
        return !entityManager.createNativeQuery("SELECT 1 FROM registry_room r WHERE r.id = ?1 AND " + usableBy("r.division_code", "?2"))
                .setParameter(1, roomId).setParameter(2, division).getResultList().isEmpty();
    }

    public Opening current() {
        String division = scope.divisionCode();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT open_to, reason FROM pool_opening WHERE division_code = ?1")
                .setParameter(1, division).getResultList();
        return rows.isEmpty() ? new Opening(division, false, DivisionCodes.levelAbove(division), null)
                : new Opening(division, true, (String) rows.get(0)[0], (String) rows.get(0)[1]);
    }

    @Transactional
    public Opening set(boolean open, String reason) {
        String division = scope.divisionCode();
        scope.requireOwnLevel(division);
        String above = DivisionCodes.levelAbove(division);
        if (above == null) {
            throw ProblemException.businessRule("NO_LEVEL_ABOVE", AllocationText.NO_LEVEL_ABOVE.with());
        }
        entityManager.createNativeQuery("DELETE FROM pool_opening WHERE division_code = ?1").setParameter(1, division).executeUpdate();
        if (open) {
            entityManager.createNativeQuery("INSERT INTO pool_opening (division_code, open_to, reason, opened_by, opened_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, division).setParameter(2, above).setParameter(3, reason.strip()).setParameter(4, scope.subject())
                    .setParameter(5, clock.now()).executeUpdate();
        }
        audit.record(open ? "idle-pool.opened" : "idle-pool.closed", "division", division, (open ? "open to " : "closed to ") + above + ": " + reason.strip());
        return current();
    }
}
