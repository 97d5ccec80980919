package cn.onenetwork.allocation.parameter;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of the allocation parameters. */
public final class ParameterApi {

    private ParameterApi() {
    }

    @Schema(name = "AllocationParametersInput", description = "Your division's allocation figures from a day on. Each may only tighten what the levels "
            + "above set (FIGURES_LOOSENED otherwise); the row in force until then closes on that day.")
    public record ParameterInput(
            @NotNull @Schema(description = "Today or later", examples = "2027-01-01") LocalDate effectiveFrom,
            @NotNull @DecimalMin("0.0001") @Digits(integer = 8, fraction = 4)
            @Schema(description = "租金上限 元 per m² of use area per month; tighter is lower", examples = "45.00") BigDecimal maxMonthlyRentPerSquareMetre,
            @NotNull @Min(1) @Max(24) @Schema(description = "Months before a lease's expiry its reminder falls due; tighter is longer", examples = "4")
            Integer leaseReminderLeadMonths,
            @NotNull @Min(1) @Max(24) @Schema(description = "Months a dissolved, merged or relocated unit has to hand its space back; tighter is shorter",
                    examples = "2") Integer vacatingDeadlineMonths,
            @NotNull @Min(1) @Max(730) @Schema(description = "Days rooms promised at approval stay promised; tighter is shorter", examples = "60")
            Integer promiseExpiryDays,
            @NotBlank @Size(max = 200) @Schema(description = "The decision these figures come from", examples = "兴庆区机关事务管理局〔2026〕12号") String source) {
    }

    @Schema(name = "AllocationParameters", requiredProperties = {"id", "effectiveFrom", "maxMonthlyRentPerSquareMetre", "leaseReminderLeadMonths",
            "vacatingDeadlineMonths", "promiseExpiryDays", "source"},
            description = "配置参数 a division's own row of allocation figures from a day (the platform's defaults when divisionCode is absent).")
    public record ParameterView(long id, @Schema(description = "Absent for the platform's defaults", examples = "640104") String divisionCode,
            LocalDate effectiveFrom, @Schema(description = "The day the next row took over; absent while in force") LocalDate effectiveTo,
            BigDecimal maxMonthlyRentPerSquareMetre, int leaseReminderLeadMonths, int vacatingDeadlineMonths, int promiseExpiryDays, String source) {

        static ParameterView of(ParameterRow r) {
            return new ParameterView(r.id, r.divisionCode, r.effectiveFrom, r.effectiveTo, r.maxMonthlyRentPerSquareMetre, r.leaseReminderLeadMonths,
                    r.vacatingDeadlineMonths, r.promiseExpiryDays, r.source);
        }
    }

    @Schema(name = "AllocationFiguresInForce", description = "The figures that bind a division on a day: each the strictest of its own row and those of "
            + "every level above it, the platform's defaults included.")
    public record InForceView(@Schema(examples = "640104") String divisionCode, @Schema(examples = "2026-12-02") LocalDate on,
            BigDecimal maxMonthlyRentPerSquareMetre, int leaseReminderLeadMonths, int vacatingDeadlineMonths, int promiseExpiryDays) {

        static InForceView of(String divisionCode, LocalDate on, AllocationFigures f) {
            return new InForceView(divisionCode, on, f.maxMonthlyRentPerSquareMetre(), f.leaseReminderLeadMonths(), f.vacatingDeadlineMonths(),
                    f.promiseExpiryDays());
        }
    }
}
