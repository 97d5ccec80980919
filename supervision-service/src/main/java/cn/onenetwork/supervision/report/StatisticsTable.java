package cn.onenetwork.supervision.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The national tables a sheet can hold. */
@Schema(name = "StatisticsTable", description = "One of the national statistics tables.")
public enum StatisticsTable {
    DIVISION, OFFICE_SPACE, TECHNICAL_SPACE, CONSTRUCTION_PROJECTS
}
