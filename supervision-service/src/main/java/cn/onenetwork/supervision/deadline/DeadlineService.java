package cn.onenetwork.supervision.deadline;

import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.rules.LocalFigures;
import cn.onenetwork.supervision.i18n.SupervisionText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Statistics deadlines (domain.md §8.1: set locally per reporting year and division) as dated rows: a division's latest
 * row is its own deadline; the one in force is the earliest along its chain, so that a level reports no later than the
 * level above asks. A division may bring its deadline forward, never push it past what it inherits or change one that
 * has passed.
 */
@ApplicationScoped
public class DeadlineService {

    /** Without any row along the chain: this day of the year after the reporting year. */
    @ConfigProperty(name = "onenetwork.statistics.default-deadline", defaultValue = "--09-30")
    MonthDay defaultDeadline;

    @Inject
    EntityManager entityManager;

    @Inject
    PlatformClockProvider clock;

    public record InForce(LocalDate dueOn, String setBy) {
    }

    /** The deadline in force for a division's report of a year, and the division whose row sets it (null for the default). */
    public InForce inForce(String divisionCode, int reportingYear) {
        return strictest(LocalFigures.chain(divisionCode), reportingYear);
    }

    /** What a division inherits: the deadline in force above it. */
    public InForce inherited(String divisionCode, int reportingYear) {
        List<String> chain = LocalFigures.chain(divisionCode);
        return strictest(chain.subList(1, chain.size()), reportingYear);
    }

    private InForce strictest(List<String> divisions, int reportingYear) {
        InForce strictest = new InForce(defaultDeadline.atYear(reportingYear + 1), null);
        for (String division : divisions) {
            LocalDate own = own(division, reportingYear);
            if (own != null && own.isBefore(strictest.dueOn())) {
                strictest = new InForce(own, division);
            }
        }
        return strictest;
    }

    @SuppressWarnings("unchecked")
    private LocalDate own(String divisionCode, int reportingYear) {
        List<LocalDate> rows = entityManager.createNativeQuery("SELECT due_on FROM statistics_deadline WHERE division_code = ?1 AND reporting_year = ?2 "
                + "ORDER BY recorded_at DESC LIMIT 1", LocalDate.class).setParameter(1, divisionCode).setParameter(2, reportingYear).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Records a division's own deadline for a year: refused when it is past, when it loosens, or when the one in force has passed. */
    public InForce set(String divisionCode, int reportingYear, LocalDate dueOn, String reason, String actor) {
        LocalDate today = clock.today();
        InForce current = inForce(divisionCode, reportingYear);
        if (current.dueOn().isBefore(today)) {
            throw ProblemException.businessRule("FIGURES_BACK_DATED", SupervisionText.DEADLINE_PASSED.with(reportingYear, current.dueOn()));
        }
        if (dueOn.isBefore(today)) {
            throw ProblemException.businessRule("FIGURES_BACK_DATED", SupervisionText.DEADLINE_IN_THE_PAST.with(dueOn, today));
        }
        InForce inherited = inherited(divisionCode, reportingYear);
        if (dueOn.isAfter(inherited.dueOn())) {
            throw ProblemException.businessRule("FIGURES_LOOSENED", SupervisionText.DEADLINE_LOOSENED.with(dueOn, inherited.dueOn(),
                    inherited.setBy() == null ? SupervisionText.THE_PLATFORM_DEFAULT.with() : inherited.setBy()));
        }
        entityManager.createNativeQuery("INSERT INTO statistics_deadline (id, division_code, reporting_year, due_on, recorded_at, recorded_by, reason) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, UUID.randomUUID()).setParameter(2, divisionCode).setParameter(3, reportingYear)
                .setParameter(4, dueOn).setParameter(5, clock.now()).setParameter(6, actor).setParameter(7, reason).executeUpdate();
        return inForce(divisionCode, reportingYear);
    }
}
