package cn.onenetwork.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows the event backlog and the broker's last answer. It stays UP while Kafka is away: the
 * outbox exists so that the service keeps accepting writes then, and taking it out of rotation
 * would turn a broker outage into a platform outage. Alert on the metrics (outbox_parked,
 * outbox_oldest_pending_seconds) instead.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("outbox").up()
                .withData("pending", relay.pending())
                .withData("parked", relay.parked())
                .withData("oldestPendingSeconds", relay.oldestPendingSeconds());
        if (relay.lastSuccess() != null) {
            builder.withData("lastPublishedAt", relay.lastSuccess().toString());
        }
        if (relay.lastFailure() != null) {
            builder.withData("lastFailure", relay.lastFailure());
        }
        return builder.build();
    }
}
