package cn.onenetwork.maintenance.parameter;

import cn.onenetwork.maintenance.repair.RepairRules;
import cn.onenetwork.maintenance.reserve.PriorityScore;
import cn.onenetwork.rules.LocalFigures.Figure;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of the repair parameters. */
public final class ParameterApi {

    private ParameterApi() {
    }

    @Schema(name = "RepairParametersInput", description = "A division's repair figures from a day on (dated data, like the area standards); the row in force "
            + "until then closes on that day. From today on only, and the binding figures no looser than those the division inherits from the levels above.")
    public record ParameterInput(
            @NotNull @Schema(examples = "2027-01-01") LocalDate effectiveFrom,
            @NotNull @Min(1) @Max(100)
            @Schema(description = "Full years in use, and since the last medium or major repair, before one may be declared; binds as the highest along "
                    + "the division's chain (may be raised, not lowered)", examples = "15")
            Integer yearsBeforeMediumRepair,
            @NotNull @DecimalMin("0.00") @DecimalMax("1.00")
            @Schema(description = "Share of the original floor area a major repair may add; binds as the lowest along the chain (may be lowered, not raised)",
                    examples = "0.15") BigDecimal maxExtensionRatio,
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2)
            @Schema(description = "Cost below which a project is small (routine work only below it), 元; binds as the lowest along the chain (may be "
                    + "lowered, not raised)", examples = "50000")
            BigDecimal smallBelow,
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2)
            @Schema(description = "Cost from which a project is large: tendered publicly and established by the bureau one level up, 元; binds as the "
                    + "lowest along the chain (may be lowered, so that more is tendered, not raised)", examples = "500000")
            BigDecimal tenderFrom,
            @NotNull @Pattern(regexp = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")
            @Schema(description = "MM-DD: declarations of medium and major repairs for a plan year close on this day of that year; binds as the earliest "
                    + "along the chain (a county collects declarations no later than its city)", examples = "03-31")
            String declarationDeadline,
            @NotNull @DecimalMin("0.01") @Digits(integer = 8, fraction = 2)
            @Schema(description = "Replacement value, 元/m², the denominator of the condition index; not a limit: the nearest division's own value applies",
                    examples = "4000") BigDecimal replacementValuePerM2,
            @NotNull @DecimalMin("0.01") @Digits(integer = 6, fraction = 2)
            @Schema(description = "Energy use reference, kWh/m² a year; not a limit: the nearest division's own value applies", examples = "100")
            BigDecimal energyReference,
            @NotNull @Size(min = 5, max = 5) @Schema(description = "Weights of the priority score's parts, in the order AGE, SINCE_LAST_REPAIR, CONDITION, HAZARDS, "
                    + "ENERGY; at least one above zero; not limits: the nearest division's own weights apply", examples = "[0.2, 0.2, 0.25, 0.25, 0.1]")
            List<@NotNull @DecimalMin("0.000") @DecimalMax("9.999") @Digits(integer = 1, fraction = 3) BigDecimal> weights,
            @NotBlank @Size(max = 200) @Schema(description = "The decision these figures come from", examples = "银川市机关事务管理局〔2026〕8号") String source) {
    }

    @Schema(name = "RepairParameters", requiredProperties = {"id", "effectiveFrom", "yearsBeforeMediumRepair", "maxExtensionRatio", "smallBelow", "tenderFrom",
            "declarationDeadline", "replacementValuePerM2", "energyReference", "weights", "source"},
            description = "维修参数 a division's repair figures from a day (the platform's defaults when divisionCode is absent).")
    public record ParameterView(long id, @Schema(description = "Absent for the platform's defaults", examples = "640104") String divisionCode,
            LocalDate effectiveFrom, @Schema(description = "The day the next row took over; absent while in force") LocalDate effectiveTo,
            int yearsBeforeMediumRepair, BigDecimal maxExtensionRatio, BigDecimal smallBelow, BigDecimal tenderFrom,
            @Schema(examples = "03-31") String declarationDeadline, BigDecimal replacementValuePerM2, BigDecimal energyReference,
            @Schema(description = "AGE, SINCE_LAST_REPAIR, CONDITION, HAZARDS, ENERGY") List<BigDecimal> weights, String source) {

        static ParameterView of(ParameterRow r) {
            return new ParameterView(r.id, r.divisionCode, r.effectiveFrom, r.effectiveTo, r.yearsBeforeMediumRepair, r.maxExtensionRatio, r.smallBelow,
                    r.tenderFrom, r.declarationDeadline, r.replacementValuePerM2, r.energyReference,
                    List.of(r.weightAge, r.weightSinceRepair, r.weightCondition, r.weightHazards, r.weightEnergy), r.source);
        }
    }

    @Schema(name = "RepairParametersInForce", requiredProperties = {"divisionCode", "on", "yearsBeforeMediumRepair", "maxExtensionRatio", "smallBelow",
            "tenderFrom", "declarationDeadline", "replacementValuePerM2", "energyReference", "weights", "decidedBy", "rows"},
            description = "The repair figures that apply to a division on a day: each binding figure the strictest of the rows in force along the division's "
                    + "chain (its own, the levels above, the platform's), the others the nearest row's.")
    public record InForceView(@Schema(examples = "640104") String divisionCode, LocalDate on, int yearsBeforeMediumRepair, BigDecimal maxExtensionRatio,
            BigDecimal smallBelow, BigDecimal tenderFrom, @Schema(examples = "03-31") String declarationDeadline, BigDecimal replacementValuePerM2,
            BigDecimal energyReference, @Schema(description = "AGE, SINCE_LAST_REPAIR, CONDITION, HAZARDS, ENERGY") List<BigDecimal> weights,
            @Schema(description = "For each figure (weightAge … weightEnergy for the weights), the id of the row it comes from") Map<String, Long> decidedBy,
            @Schema(description = "The rows in force that day along the chain, the division's own first, the platform's last") List<ParameterView> rows) {

        static InForceView of(String divisionCode, LocalDate on, FiguresInForce f) {
            Map<String, Long> decidedBy = new LinkedHashMap<>();
            for (Figure figure : RepairFigures.ALL) {
                decidedBy.put(figure.name(), f.rows().stream().filter(r -> RepairFigures.values(r).get(figure.name()).compareTo(f.value(figure)) == 0)
                        .findFirst().orElseThrow().id);
            }
            RepairRules.Parameters rules = f.rules();
            PriorityScore.Weights w = f.weights();
            return new InForceView(divisionCode, on, rules.yearsBeforeMediumRepair(), rules.maxExtensionRatio(), rules.smallBelow(), rules.tenderFrom(),
                    RepairFigures.deadlineText(f.value(RepairFigures.DECLARATION_DEADLINE)), f.replacementValuePerM2(), f.energyReference(),
                    List.of(w.age(), w.sinceRepair(), w.condition(), w.hazards(), w.energy()), decidedBy, f.rows().stream().map(ParameterView::of).toList());
        }
    }
}
