package cn.onenetwork.common.audit;

import cn.onenetwork.common.http.RequestIds;
import cn.onenetwork.common.time.PlatformClockProvider;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who changed what, when, from which request: written in the transaction of the change itself. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    PlatformClockProvider clock;

    @Inject
    EntityManager entityManager;

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest request;

    /** The actor of changes no caller asked for: an event from another service (a unit dissolved in the registry), a scheduled job. */
    public static final String SYSTEM_ACTOR = "system";

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Object entityId, String detail) {
        boolean inRequest = Arc.container().requestContext().isActive();
        String actor = !inRequest ? SYSTEM_ACTOR : identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        String division = inRequest && identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("division") : null;
        entityManager.createNativeQuery("INSERT INTO audit_entry (occurred_at, actor, actor_division, request_id, action, entity_type, entity_id, detail, client_address) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, clock.now())
                .setParameter(2, actor)
                .setParameter(3, division)
                .setParameter(4, RequestIds.current())
                .setParameter(5, action)
                .setParameter(6, entityType)
                .setParameter(7, String.valueOf(entityId))
                .setParameter(8, detail)
                .setParameter(9, clientAddress())
                .executeUpdate();
    }

    /**
     * The HTTP peer, or the client a trusted proxy names in X-Forwarded-For (quarkus.http.proxy.trusted-proxies
     * decides which peers are trusted); null outside an HTTP request (event handlers, scheduled jobs).
     */
    private String clientAddress() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext current = request.getCurrent();
        return current == null || current.request().remoteAddress() == null ? null : current.request().remoteAddress().hostAddress();
    }
}
