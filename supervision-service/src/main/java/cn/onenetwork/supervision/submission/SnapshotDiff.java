package cn.onenetwork.supervision.submission;

import cn.onenetwork.supervision.report.ReportViews.StatisticsTables;
import cn.onenetwork.supervision.submission.SubmissionViews.Change;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What differs between a frozen report and the live one, row by row and field by field: rows are matched by what they
 * are about (a building and its unit, a technical building, a project), never by position, since 序号 shifts.
 */
final class SnapshotDiff {

    /** Fields that only number or describe the rows, never a figure that changed. */
    private static final Set<String> IGNORED = Set.of("serial");

    private SnapshotDiff() {
    }

    static List<Change> between(StatisticsTables submitted, StatisticsTables live) {
        List<Change> changes = new ArrayList<>();
        compare("officeSpace", rows(submitted.officeSpace().rows()), rows(live.officeSpace().rows()),
                r -> r.path("buildingCode").asText() + " " + r.path("agencyName").asText(""), changes);
        compare("technicalSpace", rows(submitted.technicalSpace().rows()), rows(live.technicalSpace().rows()), r -> r.path("address").asText(""), changes);
        compare("constructionProjects", rows(submitted.constructionProjects().rows()), rows(live.constructionProjects().rows()),
                r -> r.path("projectName").asText(), changes);
        return changes;
    }

    private static List<JsonNode> rows(List<?> rows) {
        return rows.stream().map(r -> (JsonNode) Snapshots.CANONICAL.valueToTree(r)).toList();
    }

    private static void compare(String table, List<JsonNode> before, List<JsonNode> after, Function<JsonNode, String> label, List<Change> changes) {
        Map<String, JsonNode> was = byKey(before);
        Map<String, JsonNode> now = byKey(after);
        Set<String> keys = new LinkedHashSet<>(was.keySet());
        keys.addAll(now.keySet());
        for (String key : keys) {
            JsonNode a = was.get(key);
            JsonNode b = now.get(key);
            if (a == null || b == null) {
                JsonNode row = a == null ? b : a;
                changes.add(new Change(table, label.apply(row), "ROW", a == null ? null : label.apply(a), b == null ? null : label.apply(b)));
                continue;
            }
            Set<String> fields = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(fields::add);
            b.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                if (IGNORED.contains(field)) {
                    continue;
                }
                JsonNode x = a.get(field);
                JsonNode y = b.get(field);
                if (x == null ? y != null : !x.equals(y)) {
                    changes.add(new Change(table, label.apply(b), field, text(x), text(y)));
                }
            }
        }
    }

    /** A row's identity: the building and unit of an office row, the building of a technical row, the review of a project. */
    private static Map<String, JsonNode> byKey(List<JsonNode> rows) {
        Map<String, JsonNode> keyed = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            String key = row.has("reviewId") ? row.get("reviewId").asText() : row.path("buildingId").asText() + "/" + row.path("agencyId").asText("-");
            keyed.put(key, row);
        }
        return keyed;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
