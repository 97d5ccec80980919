package cn.onenetwork.allocation.vacating;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "OPEN 待腾退 → VACATED 已腾退 (the room returns to the idle pool) / HANDED_OVER 已移交 (to a merged unit's successor)")
public enum VacatingStatus {
    OPEN, VACATED, HANDED_OVER
}
