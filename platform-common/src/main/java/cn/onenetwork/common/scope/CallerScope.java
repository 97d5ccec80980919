package cn.onenetwork.common.scope;

import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.rules.DivisionCodes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling and what they may see, read from the verified token. Services filter their queries
 * with it, so that a record outside the caller's subtree is simply not found.
 */
@RequestScoped
public class CallerScope {

    public static final String DIVISION_CLAIM = "division";
    public static final String AGENCY_CLAIM = "agency";

    @Inject
    JsonWebToken token;

    public String subject() {
        return token.getSubject();
    }

    public String divisionCode() {
        String division = token.getClaim(DIVISION_CLAIM);
        if (division == null || !DivisionCodes.isWellFormed(division)) {
            throw new ProblemException(403, "SCOPE_MISSING", PlatformText.DIVISION_CLAIM_MISSING.with());
        }
        return division;
    }

    /** The caller's agency (统一社会信用代码) when it acts for a user unit, otherwise null. */
    public String agencyCode() {
        return token.getClaim(AGENCY_CLAIM);
    }

    public boolean isAgencyUser() {
        return token.getGroups().contains(Role.AGENCY_USER) && !isBureauOrAuditor();
    }

    public boolean isBureauAdmin() {
        return token.getGroups().contains(Role.BUREAU_ADMIN);
    }

    private boolean isBureauOrAuditor() {
        return token.getGroups().contains(Role.BUREAU_ADMIN) || token.getGroups().contains(Role.AUDITOR);
    }

    /** The LIKE prefix for division codes this caller may read. */
    public String divisionPrefix() {
        return DivisionCodes.scopePrefix(divisionCode());
    }

    /** For records that belong to a division rather than to one agency (buildings, rooms, divisions). */
    public boolean canSeeDivision(String recordDivisionCode) {
        return DivisionCodes.covers(divisionCode(), recordDivisionCode);
    }

    /**
     * The division a query names in its {@code divisionCode} parameter, the caller's own when absent: 400 when it is not a
     * division code, 404 when it lies outside the caller's scope.
     */
    public String divisionInScope(String requested) {
        String division = requested == null ? divisionCode() : requested;
        if (!DivisionCodes.isWellFormed(division)) {
            throw ProblemException.badRequest("VALIDATION_FAILED", PlatformText.NOT_A_DIVISION_CODE.with(),
                    List.of(Violation.of("divisionCode", PlatformText.DIVISION_CODE_FORMAT, division)));
        }
        if (!canSeeDivision(division)) {
            throw ProblemException.notFound(PlatformText.DIVISION, division);
        }
        return division;
    }

    public boolean canRead(String recordDivisionCode, String recordAgencyCode) {
        if (!DivisionCodes.covers(divisionCode(), recordDivisionCode)) {
            return false;
        }
        return !isAgencyUser() || (recordAgencyCode != null && recordAgencyCode.equals(agencyCode()));
    }

    /** A bureau changes only what belongs to its own level; lower levels are guided, not written. */
    public void requireOwnLevel(String recordDivisionCode) {
        if (!token.getGroups().contains(Role.BUREAU_ADMIN)) {
            throw ProblemException.forbidden("FORBIDDEN", PlatformText.BUREAU_ONLY.with());
        }
        if (!divisionCode().equals(recordDivisionCode)) {
            throw ProblemException.forbidden("OUTSIDE_OWN_LEVEL", PlatformText.OUTSIDE_OWN_LEVEL.with(divisionCode(), recordDivisionCode));
        }
    }
}
