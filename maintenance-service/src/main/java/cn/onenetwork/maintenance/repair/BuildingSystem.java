package cn.onenetwork.maintenance.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The building systems of the central repair standard, for requests, inspections and orders (domain.md §7): 承重结构, 围护结构,
 * 装饰装修, 给水排水, 采暖, 通风空调, 电气, 电梯, 消防, 智能化, 节能及可再生能源, 办公区附属设施.
 */
@Schema(description = "建筑系统: LOAD_BEARING_STRUCTURE 承重结构, ENVELOPE 围护结构, DECORATION 装饰装修, WATER_SUPPLY_AND_DRAINAGE 给水排水, HEATING 采暖, "
        + "VENTILATION_AND_AIR_CONDITIONING 通风空调, ELECTRICAL 电气, LIFTS 电梯, FIRE_PROTECTION 消防, BUILDING_INTELLIGENCE 智能化, "
        + "ENERGY_SAVING 节能及可再生能源, ANCILLARY_FACILITIES 办公区附属设施")
public enum BuildingSystem {
    LOAD_BEARING_STRUCTURE, ENVELOPE, DECORATION, WATER_SUPPLY_AND_DRAINAGE, HEATING, VENTILATION_AND_AIR_CONDITIONING, ELECTRICAL, LIFTS,
    FIRE_PROTECTION, BUILDING_INTELLIGENCE, ENERGY_SAVING, ANCILLARY_FACILITIES
}
