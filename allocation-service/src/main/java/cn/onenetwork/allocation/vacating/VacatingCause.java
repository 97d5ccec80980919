package cn.onenetwork.allocation.vacating;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why the space is handed back: DISSOLUTION 机构撤销, MERGER 机构合并 (may be handed to the successor), RELOCATION 搬迁 (建新交旧)")
public enum VacatingCause {
    DISSOLUTION, MERGER, RELOCATION
}
