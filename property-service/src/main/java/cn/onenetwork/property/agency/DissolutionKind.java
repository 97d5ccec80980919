package cn.onenetwork.property.agency;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How a unit ended: DISSOLVED 撤销, MERGED 合并 (into a successor unit)")
public enum DissolutionKind {
    DISSOLVED, MERGED
}
