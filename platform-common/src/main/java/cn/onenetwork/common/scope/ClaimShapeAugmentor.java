package cn.onenetwork.common.scope;

import cn.onenetwork.common.security.ClaimShapes;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A verified token with malformed claims does not authenticate: 401, never a 500 where a claim is read. */
@ApplicationScoped
public class ClaimShapeAugmentor implements SecurityIdentityAugmentor {

    /** Marks the failure's message, which says which claim is wrong and is safe to return, unlike other authentication failures'. */
    public static final String MALFORMED_CLAIMS = "Malformed claims: ";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            var problem = ClaimShapes.problem(token);
            if (problem.isPresent()) {
                return Uni.createFrom().failure(new AuthenticationFailedException(MALFORMED_CLAIMS + problem.get().name()));
            }
        }
        return Uni.createFrom().item(identity);
    }
}
