package cn.onenetwork.common.scope;

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

    /** Adds a condition without parameters when {@code apply} holds (a yes/no filter). */
    public ScopedQuery andWhere(boolean apply, String condition) {
        if (apply) {
            where.append(" and ").append(condition);
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
