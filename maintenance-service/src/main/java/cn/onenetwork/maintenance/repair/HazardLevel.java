package cn.onenetwork.maintenance.repair;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The gravest safety hazard declared with a project, or found by an inspection; a part of the priority score. */
@Schema(description = "安全隐患程度: NONE 无, LOW 一般, MEDIUM 较大, HIGH 重大")
public enum HazardLevel {
    NONE, LOW, MEDIUM, HIGH
}
