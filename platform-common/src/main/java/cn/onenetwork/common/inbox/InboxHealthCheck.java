package cn.onenetwork.common.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** DOWN while the inbox consumer waits for its infrastructure: the read models are not keeping up, and it says where it waits. */
@Readiness
@ApplicationScoped
public class InboxHealthCheck implements HealthCheck {

    @Inject
    InboxConsumer consumer;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("inbox").up();
        consumer.stall().ifPresent(stall -> builder.down()
                .withData("waitingAt", stall.topic() + "-" + stall.partition() + "@" + stall.offset())
                .withData("handler", stall.handler())
                .withData("since", stall.since().toString())
                .withData("error", stall.error()));
        return builder.build();
    }
}
