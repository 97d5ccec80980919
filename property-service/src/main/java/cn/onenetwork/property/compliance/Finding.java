package cn.onenetwork.property.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One violation: the rule, the record (subjectKey identifies it across recomputations), the excess
 * in m² and the day it began.
 */
public record Finding(Rule rule, String subjectKey, UUID roomId, UUID personId, BigDecimal excessArea, LocalDate since, String detail) {
}
