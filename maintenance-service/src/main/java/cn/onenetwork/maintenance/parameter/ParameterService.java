package cn.onenetwork.maintenance.parameter;

import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.maintenance.i18n.MaintenanceText;
import cn.onenetwork.maintenance.parameter.ParameterApi.ParameterInput;
import cn.onenetwork.rules.DivisionCodes;
import cn.onenetwork.rules.LocalFigures;
import cn.onenetwork.rules.LocalFigures.Figure;
import cn.onenetwork.rules.LocalFigures.Loosening;
import cn.onenetwork.rules.LocalFigures.Tightening;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which repair figures apply to a division on a day: composed along its chain (LocalFigures), the binding ones the strictest
 * of its own row, the rows of the levels above and the platform's, the others the nearest row's. A division sets rows from
 * today on that only tighten what it inherits.
 */
@ApplicationScoped
public class ParameterService {

    @Inject
    CallerScope scope;

    @Inject
    AuditTrail audit;

    @Inject
    PlatformClockProvider clock;

    public FiguresInForce inForce(String divisionCode, LocalDate day) {
        return inForce(List.of(divisionCode), day).get(divisionCode);
    }

    /** The figures in force for each of the divisions, composed along their chains from rows read in one query whatever their number. */
    public Map<String, FiguresInForce> inForce(Collection<String> divisionCodes, LocalDate day) {
        Map<String, List<String>> chains = new HashMap<>();
        for (String divisionCode : divisionCodes) {
            chains.put(divisionCode, LocalFigures.chain(divisionCode));
        }
        return compose(chains, day);
    }

    /** For each key, the figures composed from the rows in force along its chain of divisions (nearest first) and the platform's. */
    private static Map<String, FiguresInForce> compose(Map<String, List<String>> chains, LocalDate day) {
        List<String> codes = chains.values().stream().flatMap(List::stream).distinct().toList();
        List<ParameterRow> rows = ParameterRow.list("(divisionCode in ?1 or divisionCode is null) and effectiveFrom <= ?2 and (effectiveTo is null or effectiveTo > ?2)",
                codes.isEmpty() ? List.of("") : codes, day);
        ParameterRow platform = rows.stream().filter(r -> r.divisionCode == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("no platform repair parameters in force on " + day));
        Map<String, ParameterRow> own = rows.stream().filter(r -> r.divisionCode != null).collect(Collectors.toMap(r -> r.divisionCode, r -> r));
        Map<String, FiguresInForce> inForce = new HashMap<>();
        chains.forEach((key, chain) -> {
            List<ParameterRow> nearestFirst = new ArrayList<>(chain.stream().filter(own::containsKey).map(own::get).toList());
            nearestFirst.add(platform);
            inForce.put(key, FiguresInForce.of(nearestFirst));
        });
        return inForce;
    }

    /** The rows the caller may read: the platform's and those of the divisions in its scope, oldest first. */
    public List<ParameterRow> list(String divisionCode) {
        if (divisionCode != null && !scope.canSeeDivision(divisionCode)) {
            throw ProblemException.notFound(PlatformText.DIVISION, divisionCode);
        }
        if (divisionCode != null) {
            return ParameterRow.list("divisionCode = ?1 order by effectiveFrom", divisionCode);
        }
        return ParameterRow.list("divisionCode is null or divisionCode like ?1 order by divisionCode nulls first, effectiveFrom", scope.divisionPrefix() + "%");
    }

    @Transactional
    public ParameterRow set(ParameterInput input) {
        String division = scope.divisionCode();
        scope.requireOwnLevel(division);
        try {
            MonthDay.parse("--" + input.declarationDeadline());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("VALIDATION_FAILED", MaintenanceText.NOT_A_DAY_OF_THE_YEAR.with(),
                    List.of(Violation.of("declarationDeadline", MaintenanceText.MONTH_DAY, input.declarationDeadline())));
        }
        if (input.tenderFrom().compareTo(input.smallBelow()) < 0) {
            throw ProblemException.badRequest("VALIDATION_FAILED", MaintenanceText.TENDER_BELOW_SMALL_BAND.with(),
                    List.of(new Violation("tenderFrom", MaintenanceText.AT_LEAST_SMALL_BELOW.with(input.smallBelow()), input.tenderFrom().toPlainString())));
        }
        if (input.weights().stream().allMatch(w -> w.signum() == 0)) {
            throw ProblemException.badRequest("VALIDATION_FAILED", MaintenanceText.NO_WEIGHT_ABOVE_ZERO.with(), List.of(Violation.of("weights", MaintenanceText.NOT_ALL_ZERO, "0")));
        }
        LocalDate today = clock.today();
        ParameterRow open = ParameterRow.find("divisionCode = ?1 and effectiveTo is null", division).firstResult();
        LocalFigures.startRefusal(input.effectiveFrom(), today, open == null ? null : open.effectiveFrom).ifPresent(refusal -> {
            throw switch (refusal) {
                case BACK_DATED -> ProblemException.businessRule("FIGURES_BACK_DATED", MaintenanceText.FIGURES_BACK_DATED.with(today),
                        List.of(Violation.of("effectiveFrom", MaintenanceText.TODAY_OR_LATER, input.effectiveFrom().toString())));
                case NOT_AFTER_CURRENT -> ProblemException.conflict("PARAMETERS_NOT_AFTER_CURRENT", MaintenanceText.PARAMETERS_NOT_AFTER_CURRENT.with(division,
                        open.effectiveFrom, input.effectiveFrom()));
            };
        });
        ParameterRow row = new ParameterRow();
        row.divisionCode = division;
        row.effectiveFrom = input.effectiveFrom();
        row.yearsBeforeMediumRepair = input.yearsBeforeMediumRepair();
        row.maxExtensionRatio = input.maxExtensionRatio();
        row.smallBelow = input.smallBelow();
        row.tenderFrom = input.tenderFrom();
        row.declarationDeadline = input.declarationDeadline();
        row.replacementValuePerM2 = input.replacementValuePerM2();
        row.energyReference = input.energyReference();
        List<BigDecimal> w = input.weights();
        row.weightAge = w.get(0);
        row.weightSinceRepair = w.get(1);
        row.weightCondition = w.get(2);
        row.weightHazards = w.get(3);
        row.weightEnergy = w.get(4);
        row.source = input.source().strip();
        row.createdBy = scope.subject();
        row.createdAt = OffsetDateTime.now(clock.getClock());
        refuseLoosening(division, row);
        if (open != null) {
            open.effectiveTo = row.effectiveFrom;
            // Closed before the new row is inserted (Hibernate inserts first): one open row per division is held by an index.
            ParameterRow.flush();
        }
        row.persistAndFlush();
        audit.record("repair-parameters.set", "repair-parameters", row.id, division + " from " + row.effectiveFrom + ": " + row.source);
        return row;
    }

    /** A division only tightens what it inherits on the row's first day from the levels above, the platform's defaults included. */
    private static void refuseLoosening(String division, ParameterRow row) {
        String above = DivisionCodes.levelAbove(division);
        FiguresInForce inherited = compose(Map.of(division, above == null ? List.of() : LocalFigures.chain(above)), row.effectiveFrom).get(division);
        List<Loosening> loosenings = LocalFigures.loosenings(RepairFigures.ALL, inherited.values(), RepairFigures.values(row));
        if (loosenings.isEmpty()) {
            return;
        }
        List<Violation> errors = loosenings.stream().map(l -> {
            Figure figure = RepairFigures.named(l.figure());
            MaintenanceText bound = figure.tightening() == Tightening.HIGHER ? MaintenanceText.AT_LEAST_INHERITED
                    : figure.equals(RepairFigures.DECLARATION_DEADLINE) ? MaintenanceText.NO_LATER_THAN_INHERITED : MaintenanceText.AT_MOST_INHERITED;
            return new Violation(l.figure(), bound.with(RepairFigures.text(figure, l.inherited())), RepairFigures.text(figure, l.given()));
        }).toList();
        List<Text> each = loosenings.stream().map(l -> {
            Figure figure = RepairFigures.named(l.figure());
            return MaintenanceText.LOOSENING.with(l.figure(), RepairFigures.text(figure, l.given()), RepairFigures.text(figure, l.inherited()));
        }).toList();
        throw ProblemException.businessRule("FIGURES_LOOSENED", MaintenanceText.FIGURES_LOOSENED.with(division, row.effectiveFrom, MaintenanceText.list(each)),
                errors);
    }
}
