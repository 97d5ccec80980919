package cn.onenetwork.property.compliance;

import cn.onenetwork.property.organisation.AdministrativeLevel;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of the area standards and space allowances, which are data with effective dates. */
public final class StandardsApi {

    private StandardsApi() {
    }

    @Schema(name = "AreaStandardInput", description = "A new office standard for a rank, for your division and below, from a date on. "
            + "The row it replaces ends that day; history stays. Township values must not exceed the county deputy standard in force; "
            + "other values must not exceed the standard that would otherwise apply.")
    public record AreaStandardInput(
            @NotNull AdministrativeLevel level,
            @NotBlank @Schema(examples = "TOWNSHIP_HEAD") String rankCode,
            @NotNull @DecimalMin("0.01") @DecimalMax("200.00") @Digits(integer = 3, fraction = 2) @Schema(description = "m² of office use area per person", examples = "24.00") BigDecimal officeArea,
            @NotNull @Schema(description = "Today or later: a standard in force is never rewritten", examples = "2027-01-01") LocalDate effectiveFrom,
            @NotBlank @Size(max = 200) @Schema(examples = "宁政办发〔2026〕5号") String source) {
    }

    @Schema(name = "AreaStandard", requiredProperties = {"id", "level", "rankCode", "officeArea", "effectiveFrom"}, description = "办公室使用面积标准 one row of the standards table.")
    public record AreaStandardView(long id, AdministrativeLevel level, @Schema(examples = "DIVISION_CHIEF") String rankCode,
            @Schema(description = "Absent for the national row", examples = "640000") String divisionCode, @Schema(examples = "18.00") BigDecimal officeArea,
            LocalDate effectiveFrom, @Schema(description = "Absent while in force") LocalDate effectiveTo, String source) {

        /** Every row written (a new one, and the one it closes) is published whole: allocation sizes requests by the same rows. */
        public static final String TOPIC = "property.standards";
        public static final String RECORDED = "cn.onenetwork.property.area-standard.recorded.v1";
    }

    @Schema(name = "SpaceAllowanceInput", description = "Service and equipment space per approved post for a level, for your division and below, "
            + "from a date on: the allowance of the basic office space check of a unit.")
    public record SpaceAllowanceInput(
            @NotNull AdministrativeLevel level,
            @NotNull @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) @Schema(description = "服务用房 m² per approved post", examples = "8.00") BigDecimal servicePerPerson,
            @NotNull @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) @Schema(description = "设备用房 m² per approved post", examples = "4.00") BigDecimal equipmentPerPerson,
            @NotNull @Schema(description = "Today or later", examples = "2027-01-01") LocalDate effectiveFrom,
            @NotBlank @Size(max = 200) @Schema(examples = "宁机管发〔2026〕9号") String source) {
    }

    @Schema(name = "SpaceAllowance", requiredProperties = {"id", "level", "servicePerPerson", "equipmentPerPerson", "effectiveFrom"}, description = "服务用房、设备用房 allowance per approved post.")
    public record SpaceAllowanceView(long id, AdministrativeLevel level, @Schema(description = "Absent for the national row") String divisionCode,
            BigDecimal servicePerPerson, BigDecimal equipmentPerPerson, LocalDate effectiveFrom, LocalDate effectiveTo, String source) {

        public static final String RECORDED = "cn.onenetwork.property.space-allowance.recorded.v1";
    }
}
