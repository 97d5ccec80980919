package cn.onenetwork.common.inbox;

/**
 * An event names a record this service has not replicated yet (a merger's successor whose own event comes later, on
 * another partition): no fault of the event, so the consumer waits for the record instead of dead-lettering (ADR 6).
 * Handlers throw it where they look the record up; a foreign-key violation of a replica says the same.
 */
public class AwaitedRecord extends RuntimeException {

    public AwaitedRecord(String message) {
        super(message);
    }

    /** True when the failure, or one of its causes, says a referenced record is not here yet. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AwaitedRecord) {
                return true;
            }
            // 23503 foreign_key_violation: the row an event's reference points to is not replicated yet.
            if (t instanceof java.sql.SQLException sql && "23503".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
