package cn.onenetwork.common.outbox;

public enum OutboxStatus {
    /** Waiting to be published (possibly backing off after a failure). */
    PENDING,
    /** Acknowledged by the broker with acks=all. */
    SENT,
    /** Rejected by the broker for a reason retrying will not fix; needs an operator. Blocks its key. */
    PARKED
}
