package cn.onenetwork.maintenance.parameter;

import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.problem.FieldError;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.maintenance.parameter.ParameterApi.ParameterInput;
import cn.onenetwork.rules.DivisionCodes;
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

/** Which repair figures apply to a division on a day: its own row, else the nearest level above's, else the platform's. */
@ApplicationScoped
public class ParameterService {

    @Inject
    CallerScope scope;

    @Inject
    AuditTrail audit;

    public ParameterRow inForce(String divisionCode, LocalDate day) {
        return inForce(List.of(divisionCode), day).get(divisionCode);
    }

    /** The rows in force for each of the divisions, read in one query whatever their number. */
    public Map<String, ParameterRow> inForce(Collection<String> divisionCodes, LocalDate day) {
        Map<String, List<String>> chains = new HashMap<>();
        for (String divisionCode : divisionCodes) {
            List<String> chain = new ArrayList<>();
            for (String code = divisionCode; code != null; code = DivisionCodes.levelAbove(code)) {
                chain.add(code);
            }
            chains.put(divisionCode, chain);
        }
        List<String> codes = chains.values().stream().flatMap(List::stream).distinct().toList();
        List<ParameterRow> rows = ParameterRow.list("(divisionCode in ?1 or divisionCode is null) and effectiveFrom <= ?2 and (effectiveTo is null or effectiveTo > ?2)",
                codes.isEmpty() ? List.of("") : codes, day);
        ParameterRow platform = rows.stream().filter(r -> r.divisionCode == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("no platform repair parameters in force on " + day));
        Map<String, ParameterRow> own = rows.stream().filter(r -> r.divisionCode != null).collect(Collectors.toMap(r -> r.divisionCode, r -> r));
        Map<String, ParameterRow> inForce = new HashMap<>();
        chains.forEach((division, chain) -> inForce.put(division, chain.stream().filter(own::containsKey).findFirst().map(own::get).orElse(platform)));
        return inForce;
    }

    /** The rows the caller may read: the platform's and those of the divisions in its scope, oldest first. */
    public List<ParameterRow> list(String divisionCode) {
        if (divisionCode != null && !scope.canSeeDivision(divisionCode)) {
            throw ProblemException.notFound("Division", divisionCode);
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
            throw ProblemException.badRequest("VALIDATION_FAILED", "Not a day of the year", List.of(new FieldError("declarationDeadline", "MM-DD", input.declarationDeadline())));
        }
        if (input.tenderFrom().compareTo(input.smallBelow()) < 0) {
            throw ProblemException.badRequest("VALIDATION_FAILED", "The large band starts at or above the small band's limit",
                    List.of(new FieldError("tenderFrom", "at least smallBelow " + input.smallBelow(), input.tenderFrom().toPlainString())));
        }
        if (input.weights().stream().allMatch(w -> w.signum() == 0)) {
            throw ProblemException.badRequest("VALIDATION_FAILED", "At least one weight is above zero", List.of(new FieldError("weights", "not all zero", "0")));
        }
        ParameterRow open = ParameterRow.find("divisionCode = ?1 and effectiveTo is null", division).firstResult();
        if (open != null) {
            if (!input.effectiveFrom().isAfter(open.effectiveFrom)) {
                throw ProblemException.conflict("PARAMETERS_NOT_AFTER_CURRENT", "Division " + division + "'s figures in force since " + open.effectiveFrom
                        + " are replaced only from a later day; " + input.effectiveFrom() + " was given");
            }
            open.effectiveTo = input.effectiveFrom();
        }
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
        row.createdAt = OffsetDateTime.now();
        row.persistAndFlush();
        audit.record("repair-parameters.set", "repair-parameters", row.id, division + " from " + row.effectiveFrom + ": " + row.source);
        return row;
    }
}
