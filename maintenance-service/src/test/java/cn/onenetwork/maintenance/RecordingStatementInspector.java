package cn.onenetwork.maintenance;

import cn.onenetwork.dev.StatementLog;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Hands the SQL this service prepares under test to {@link StatementLog}. */
@PersistenceUnitExtension
public class RecordingStatementInspector implements StatementInspector {

    @Override
    public String inspect(String sql) {
        StatementLog.record(sql);
        return sql;
    }
}
