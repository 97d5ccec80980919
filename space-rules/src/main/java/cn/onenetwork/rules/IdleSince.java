package cn.onenetwork.rules;

import java.time.LocalDate;

/**
 * Since when a room nobody holds is idle (闲置), for the registry's six-month check and allocation's idle pool alike:
 * the later of the end of its last holding and the day the registry recorded it idle. A room recorded idle while a
 * holding still ran only became idle when that holding ended; a room handed back and recorded idle later is idle
 * from the recording.
 */
public final class IdleSince {

    private IdleSince() {
    }

    /**
     * @param recordedIdleSince the registry's idle status date; null when the registry has not recorded the room idle
     * @param lastHoldingEnd the end of the room's last holding; null when it never had one
     * @return null when neither is known
     */
    public static LocalDate of(LocalDate recordedIdleSince, LocalDate lastHoldingEnd) {
        if (recordedIdleSince == null) {
            return lastHoldingEnd;
        }
        return lastHoldingEnd != null && lastHoldingEnd.isAfter(recordedIdleSince) ? lastHoldingEnd : recordedIdleSince;
    }
}
