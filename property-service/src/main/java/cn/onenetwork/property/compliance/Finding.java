package cn.onenetwork.property.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One violation: the rule, the record (subjectKey identifies it across recomputations), the excess
 * in m², the day it began and what it is in words (a message and its values).
 */
public record Finding(Rule rule, String subjectKey, UUID roomId, UUID personId, BigDecimal excessArea, LocalDate since, FindingDetail detail) {
}
