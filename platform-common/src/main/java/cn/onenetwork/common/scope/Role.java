package cn.onenetwork.common.scope;

/** The roles a token may carry in its {@code groups} claim. */
public final class Role {

    /** 机关事务管理部门: manages its own level, guides the levels below. */
    public static final String BUREAU_ADMIN = "BUREAU_ADMIN";
    /** 使用单位: sees and declares for its own agency only. */
    public static final String AGENCY_USER = "AGENCY_USER";
    /** Supervision: reads everything in its division subtree, changes nothing. */
    public static final String AUDITOR = "AUDITOR";
    /** Runs the services: replays dead letters and releases parked events on a service's own port, never through the gateway. */
    public static final String PLATFORM_OPERATOR = "PLATFORM_OPERATOR";

    private Role() {
    }
}
