package cn.onenetwork.allocation.parameter;

import cn.onenetwork.allocation.parameter.ParameterApi.ParameterInput;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.allocation.i18n.AllocationText;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.rules.LocalFigures;
import cn.onenetwork.rules.LocalFigures.Loosening;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Which allocation figures bind a division on a day, and a bureau's new row, which may only tighten what it inherits. */
@ApplicationScoped
public class ParameterService {

    @Inject
    CallerScope scope;

    @Inject
    AuditTrail audit;

    @Inject
    PlatformClockProvider clock;

    public AllocationFigures inForce(String divisionCode, LocalDate day) {
        return inForce(List.of(divisionCode), day).get(divisionCode);
    }

    /** The figures in force for each division, from one query whatever their number. */
    public Map<String, AllocationFigures> inForce(Collection<String> divisionCodes, LocalDate day) {
        Map<String, List<String>> chains = new HashMap<>();
        divisionCodes.forEach(d -> chains.put(d, LocalFigures.chain(d)));
        Map<String, ParameterRow> rows = rowsInForce(chains.values().stream().flatMap(List::stream).distinct().toList(), day);
        Map<String, AllocationFigures> inForce = new HashMap<>();
        chains.forEach((division, chain) -> inForce.put(division, compose(chain, rows)));
        return inForce;
    }

    /** The rows of these divisions and the platform's in force on the day, by division ("" for the platform). */
    private static Map<String, ParameterRow> rowsInForce(List<String> codes, LocalDate day) {
        Map<String, ParameterRow> rows = new HashMap<>();
        ParameterRow.<ParameterRow>list("(divisionCode in ?1 or divisionCode is null) and effectiveFrom <= ?2 and (effectiveTo is null or effectiveTo > ?2)",
                codes.isEmpty() ? List.of("") : codes, day).forEach(r -> rows.put(Objects.requireNonNullElse(r.divisionCode, ""), r));
        if (!rows.containsKey("")) {
            throw new IllegalStateException("no platform allocation parameters in force on " + day);
        }
        return rows;
    }

    private static AllocationFigures compose(List<String> chain, Map<String, ParameterRow> rows) {
        List<Map<String, BigDecimal>> nearestFirst = new ArrayList<>();
        chain.stream().filter(rows::containsKey).forEach(code -> nearestFirst.add(rows.get(code).figures()));
        nearestFirst.add(rows.get("").figures());
        return AllocationFigures.of(nearestFirst);
    }

    /** The rows the caller may read: the platform's and those of the divisions in its scope (or of one division), oldest first. */
    public List<ParameterRow> list(String divisionCode) {
        if (divisionCode != null) {
            if (!scope.canSeeDivision(divisionCode)) {
                throw ProblemException.notFound(PlatformText.DIVISION, divisionCode);
            }
            return ParameterRow.list("divisionCode = ?1 order by effectiveFrom", divisionCode);
        }
        return ParameterRow.list("divisionCode is null or divisionCode like ?1 order by divisionCode nulls first, effectiveFrom", scope.divisionPrefix() + "%");
    }

    /** Closes the caller's division's open row on the new row's first day; refused when back-dated or looser than what the levels above set. */
    @Transactional
    public ParameterRow set(ParameterInput input) {
        String division = scope.divisionCode();
        scope.requireOwnLevel(division);
        LocalDate today = clock.today();
        ParameterRow open = ParameterRow.find("divisionCode = ?1 and effectiveTo is null", division).firstResult();
        LocalFigures.startRefusal(input.effectiveFrom(), today, open == null ? null : open.effectiveFrom).ifPresent(refusal -> {
            throw switch (refusal) {
                case BACK_DATED -> ProblemException.businessRule("FIGURES_BACK_DATED", AllocationText.FIGURES_BACK_DATED.with(today),
                        List.of(new Violation("effectiveFrom", AllocationText.ON_OR_AFTER.with(today), input.effectiveFrom().toString())));
                case NOT_AFTER_CURRENT -> ProblemException.conflict("PARAMETERS_NOT_AFTER_CURRENT", AllocationText.PARAMETERS_NOT_AFTER_CURRENT.with(division,
                        open.effectiveFrom, input.effectiveFrom()));
            };
        });
        ParameterRow row = new ParameterRow();
        row.divisionCode = division;
        row.effectiveFrom = input.effectiveFrom();
        row.maxMonthlyRentPerSquareMetre = input.maxMonthlyRentPerSquareMetre().setScale(4);
        row.leaseReminderLeadMonths = input.leaseReminderLeadMonths();
        row.vacatingDeadlineMonths = input.vacatingDeadlineMonths();
        row.promiseExpiryDays = input.promiseExpiryDays();
        List<String> above = LocalFigures.chain(division).subList(1, LocalFigures.chain(division).size());
        AllocationFigures inherited = compose(above, rowsInForce(above, input.effectiveFrom()));
        List<Loosening> loosened = LocalFigures.loosenings(AllocationFigures.ALL, inherited.byName(), row.figures());
        if (!loosened.isEmpty()) {
            throw ProblemException.businessRule("FIGURES_LOOSENED", AllocationText.FIGURES_LOOSENED.with(AllocationText.list(
                    loosened.stream().map(Loosening::figure).toList())), loosened.stream().map(l -> new Violation(l.figure(),
                    (AllocationFigures.ALL.stream().filter(f -> f.name().equals(l.figure())).findFirst().orElseThrow().tightening() == LocalFigures.Tightening.LOWER
                            ? AllocationText.AT_MOST_INHERITED : AllocationText.AT_LEAST_INHERITED).with(l.inherited().toPlainString()),
                    l.given().toPlainString())).toList());
        }
        if (open != null) {
            open.effectiveTo = input.effectiveFrom();
            // Closed before its successor is inserted: Hibernate writes inserts first, and one row per division stays open.
            open.persistAndFlush();
        }
        row.source = input.source().strip();
        row.createdBy = scope.subject();
        row.createdAt = clock.now();
        row.persistAndFlush();
        audit.record("allocation-parameters.set", "allocation-parameters", row.id, division + " from " + row.effectiveFrom + ": " + row.source);
        return row;
    }
}
