package cn.onenetwork.property.building;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Registers a building (楼座) of your division.")
public record BuildingInput(
        @NotNull @Pattern(regexp = "[0-9]{6}|[0-9]{9}|[0-9]{12}", message = "{onenetwork.property.divisionCode}")
        @Schema(examples = "640104") String divisionCode,
        @Schema(description = "The land parcel (院落/宗地) of the same division the building stands on, if registered") UUID parcelId,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{onenetwork.property.code}")
        @Schema(description = "The bureau's code for the building, unique in the division; bulk imports refer to it.", examples = "XQ-001") String code,
        @NotBlank @Size(max = 200) @Schema(examples = "兴庆区行政中心1号楼") String name,
        @NotBlank @Size(max = 300) @Schema(examples = "银川市兴庆区解放西街1号") String address,
        @Min(1800) @Max(2200) @Schema(examples = "2008") Integer yearBuilt,
        @PastOrPresent @Schema(description = "竣工日期, in the year built when both are given; repairs' 15-year rule counts from it", examples = "2008-10-15")
        LocalDate completedOn,
        @Size(max = 40) @Schema(description = "结构", examples = "框架") String structure,
        @NotNull @Min(0) @Max(200) @Schema(examples = "8") Integer storeysAbove,
        @NotNull @Min(0) @Max(20) @Schema(examples = "1") Integer storeysBelow,
        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 10, fraction = 2) @Schema(description = "总建筑面积 m²", examples = "12500.00") BigDecimal grossFloorArea,
        @DecimalMin(value = "0.01") @DecimalMax("1.000") @Digits(integer = 1, fraction = 3)
        @Schema(description = "使用面积系数 (2014 standard: ≥ 0.65 multi-storey, ≥ 0.60 high-rise)", examples = "0.65") BigDecimal usableCoefficient,
        @NotNull BuildingOrigin origin,
        @PastOrPresent @Schema(description = "The last medium or major repair (中修/大修) before the platform, from the bureau's files; the 15-year rule "
                + "counts from it unless a later one was accepted on the platform. Not before completedOn; given with its evidence", examples = "2012-09-30")
        LocalDate priorRepairOn,
        @Size(max = 300) @Schema(description = "What the prior repair is known by: the acceptance record or approval's number",
                examples = "兴机管维〔2012〕5号 竣工验收报告") String priorRepairEvidence) {
}
