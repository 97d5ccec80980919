package cn.onenetwork.common.failure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void anUnreachableOrRestartingDatabaseAndLockConflictsAreTransient() {
        assertTrue(TransientFailures.isTransient(new IllegalStateException(new SQLException("Connection to 127.0.0.1:5432 refused", "08001"))));
        assertTrue(TransientFailures.isTransient(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(TransientFailures.isTransient(new SQLException("the database system is starting up", "57P03")));
        assertTrue(TransientFailures.isTransient(new SQLException("could not serialize access", "40001")));
        assertTrue(TransientFailures.isTransient(new SQLException("deadlock detected", "40P01")));
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException("Acquisition timeout while waiting for new connection"))));
        assertTrue(TransientFailures.isTransient(new RuntimeException("wrapped", new ConnectException("Connection refused"))));
    }

    @Test
    void failuresCausedByTheDataAreNotTransient() {
        assertFalse(TransientFailures.isTransient(new SQLException("duplicate key value violates unique constraint", "23505")));
        assertFalse(TransientFailures.isTransient(new SQLException("value too long for type character varying(12)", "22001")));
        assertFalse(TransientFailures.isTransient(new IllegalArgumentException("No enum constant RoomCategory.KITCHEN")));
        assertFalse(TransientFailures.isTransient(null));
    }
}
