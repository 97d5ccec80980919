package cn.onenetwork.maintenance.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a repair is needed (domain.md §7: age, damage, hazards, energy, function). A change of occupant is listed so that it can be refused by name. */
@Schema(description = "维修理由: AGEING 老化, DAMAGE 损坏, SAFETY_HAZARD 安全隐患, ENERGY_SAVING 节能改造, FUNCTION_CHANGE 功能调整, "
        + "OCCUPANT_CHANGE 使用单位或人员变动 (never a ground: refused with OCCUPANT_CHANGE_IS_NO_GROUND)")
public enum RepairGround {
    AGEING, DAMAGE, SAFETY_HAZARD, ENERGY_SAVING, FUNCTION_CHANGE, OCCUPANT_CHANGE
}
