package cn.onenetwork.property.report;

import cn.onenetwork.property.compliance.Rule;
import cn.onenetwork.property.room.RoomCategory;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of the statistics reports. */
public final class ReportViews {

    private ReportViews() {
    }

    @Schema(name = "OverStandardLine", requiredProperties = {"divisionCode", "rule", "findings", "excessArea"}, description = "Open findings of one rule in one division.")
    public record OverStandardLine(@Schema(examples = "640104") String divisionCode, Rule rule, @Schema(examples = "12") long findings,
            @Schema(description = "Total excess m²", examples = "35.20") BigDecimal excessArea) {
    }

    @Schema(name = "OverStandardReport", requiredProperties = {"lines", "findings", "excessArea"}, description = "超标情况 open findings per division and rule, in your scope.")
    public record OverStandardReport(List<OverStandardLine> lines, long findings, BigDecimal excessArea) {
    }

    @Schema(name = "CategoryArea", requiredProperties = {"rooms", "area"}, description = "Rooms and area of one category. Basic office space (OFFICE, SERVICE, EQUIPMENT) "
            + "is reported in use area, ANCILLARY and TECHNICAL in building area (where recorded, else use area).")
    public record CategoryArea(@Schema(examples = "120") long rooms, @Schema(examples = "2160.00") BigDecimal area) {
    }

    @Schema(name = "DivisionAreas", requiredProperties = {"divisionCode", "name"}, description = "面积汇总 one division's rooms by category, its own and rolled up with all divisions below it.")
    public record DivisionAreas(@Schema(examples = "640100") String divisionCode, String name, String parentCode,
            Map<RoomCategory, CategoryArea> own, Map<RoomCategory, CategoryArea> rolledUp) {
    }

    @Schema(name = "AreaRollup", requiredProperties = {"divisions"}, description = "面积汇总 areas per division, rolled up the division tree.")
    public record AreaRollup(List<DivisionAreas> divisions) {
    }
}
