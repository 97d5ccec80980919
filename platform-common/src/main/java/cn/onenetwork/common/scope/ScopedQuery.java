package cn.onenetwork.common.scope;

import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import io.quarkus.panache.common.Parameters;

/**
 * A Panache query that starts from the caller's scope: its division subtree and, for a user unit,
 * its own agency. Filters and the keyset cursor are added to it, so a list never leaves the scope.
 */
public final class ScopedQuery {

    private final StringBuilder where = new StringBuilder();
    private final Parameters params = new Parameters();

    private ScopedQuery() {
    }

    /** @param agencyField the entity field holding the agency's credit code, or null when rows belong to no agency */
    public static ScopedQuery of(CallerScope scope, String divisionField, String agencyField) {
        ScopedQuery query = new ScopedQuery();
        query.where.append(divisionField).append(" like :scopePrefix");
        query.params.and("scopePrefix", scope.divisionPrefix() + "%");
        if (agencyField != null && scope.isAgencyUser()) {
            query.andEquals(agencyField, String.valueOf(scope.agencyCode()));
        }
        return query;
    }

    /** Adds {@code field = value} unless the value is null (an absent filter). */
    public ScopedQuery andEquals(String field, Object value) {
        if (value != null) {
            String name = "p" + params.map().size();
            where.append(" and ").append(field).append(" = :").append(name);
            params.and(name, value);
        }
        return this;
    }

    /** The longest text a search takes. */
    public static final int MAX_SEARCH_LENGTH = 100;

    /**
     * Adds a text search: rows whose {@code field} (a lower-cased search column) contains the text as typed, anywhere:
     * a prefix, a middle part or the whole. LIKE's wildcards in the text are matched literally. Blank text adds nothing.
     */
    public ScopedQuery andContains(String field, String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String needle = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (needle.length() > MAX_SEARCH_LENGTH) {
            throw ProblemException.badRequest("INVALID_PARAMETER", PlatformText.SEARCH_TOO_LONG.with(MAX_SEARCH_LENGTH),
                    java.util.List.of(new Violation("q", PlatformText.AT_MOST_CHARACTERS.with(MAX_SEARCH_LENGTH), null)));
        }
        String escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        where.append(" and ").append(field).append(" like :q");
        params.and("q", "%" + escaped + "%");
        return this;
    }

    /** Adds a condition without parameters when {@code apply} holds (a yes/no filter). */
    public ScopedQuery andWhere(boolean apply, String condition) {
        if (apply) {
            where.append(" and ").append(condition);
        }
        return this;
    }

    /** Adds a condition with one named parameter when {@code apply} holds (a sub-query that narrows the scope, say). */
    public ScopedQuery andWhere(boolean apply, String condition, String parameter, Object value) {
        if (apply) {
            where.append(" and ").append(condition);
            params.and(parameter, value);
        }
        return this;
    }

    /** Keyset paging: rows after the last key of the previous page, ordered by that key. */
    public ScopedQuery after(String keyField, Object lastKey) {
        if (lastKey != null) {
            where.append(" and ").append(keyField).append(" > :lastKey");
            params.and("lastKey", lastKey);
        }
        where.append(" order by ").append(keyField);
        return this;
    }

    public String query() {
        return where.toString();
    }

    public Parameters params() {
        return params;
    }
}
