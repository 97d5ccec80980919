package cn.onenetwork.property.compliance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "OPEN 未整改, RESOLVED 已整改")
public enum FindingStatus {
    OPEN, RESOLVED
}
