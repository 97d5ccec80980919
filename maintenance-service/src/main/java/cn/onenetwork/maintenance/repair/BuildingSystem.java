package cn.onenetwork.maintenance.repair;

/**
 * The building systems of the central repair standard, for requests, inspections and orders (domain.md §7): 承重结构, 围护结构,
 * 装饰装修, 给水排水, 采暖, 通风空调, 电气, 电梯, 消防, 智能化, 节能及可再生能源, 办公区附属设施.
 */
public enum BuildingSystem {
    LOAD_BEARING_STRUCTURE, ENVELOPE, DECORATION, WATER_SUPPLY_AND_DRAINAGE, HEATING, VENTILATION_AND_AIR_CONDITIONING, ELECTRICAL, LIFTS,
    FIRE_PROTECTION, BUILDING_INTELLIGENCE, ENERGY_SAVING, ANCILLARY_FACILITIES
}
