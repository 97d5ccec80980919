package cn.onenetwork.property.agency;

import cn.onenetwork.property.organisation.AgencyCategory;
import cn.onenetwork.property.organisation.AgencySystem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a bureau registers or changes about an agency. The level follows from the division.")
public record AgencyInput(
        @NotNull @ValidCreditCode
        @Schema(description = "统一社会信用代码 (GB 32100-2015), 18 characters with its check character.", examples = "11640000MB1234567T")
        String creditCode,
        @NotBlank @Size(max = 200) @Schema(examples = "宁夏回族自治区机关事务管理局") String name,
        @NotNull @Pattern(regexp = "[0-9]{6}|[0-9]{9}|[0-9]{12}", message = "{onenetwork.property.divisionCode}")
        @Schema(description = "The division the agency belongs to (its level).", examples = "640000") String divisionCode,
        @NotNull AgencySystem system,
        @Schema(description = "单位类别 as the statistics tables report the unit. Absent at registration: CIVIL_SERVICE_MANAGED_INSTITUTION for "
                + "system CIVIL_SERVICE_INSTITUTION, AGENCY_PROPER otherwise; absent in a change: kept as it is.", examples = "VERTICAL_BRANCH")
        AgencyCategory category,
        @Schema(description = "主管单位: the agency this one reports to, in the same division.") UUID parentAgencyId,
        @Schema(description = "True for the division's offices administration bureau (机关事务管理部门); one per division.", examples = "false")
        boolean officesBureau,
        @Schema(description = "编制 approved staffing per rank code of the agency's level.", examples = "{\"DIVISION_CHIEF\": 4, \"BELOW_DIVISION\": 20}")
        Map<@NotBlank String, @NotNull @PositiveOrZero @Max(100000) Integer> approvedStaffing,
        @NotNull @Min(0) @Max(1000000) @Schema(description = "实有人数 actual staff.", examples = "23") Integer actualStaff) {
}
