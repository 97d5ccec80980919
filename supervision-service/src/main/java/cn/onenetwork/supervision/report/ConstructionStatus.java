package cn.onenetwork.supervision.report;

/** The states of a necessity review in which its project belongs in the 建设项目 table; its 备注 names the state. */
public enum ConstructionStatus {
    NECESSARY, HANDED_OFF
}
