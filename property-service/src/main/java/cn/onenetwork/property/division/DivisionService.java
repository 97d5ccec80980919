package cn.onenetwork.property.division;

import cn.onenetwork.property.i18n.PropertyText;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.rules.DivisionCodes;
import cn.onenetwork.common.scope.ScopedQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
public class DivisionService {

    @Inject
    PlatformClockProvider clock;

    @Inject
    CallerScope scope;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    /** The division if it is in the caller's subtree; otherwise not found, never "forbidden". */
    public Division visible(String code) {
        Division division = DivisionCodes.isWellFormed(code) ? Division.findById(code) : null;
        if (division == null || !scope.canSeeDivision(division.code)) {
            throw ProblemException.notFound(PlatformText.DIVISION, code);
        }
        return division;
    }

    public DivisionPage list(String parentCode, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        String after = Cursors.decode(cursor);
        ScopedQuery query = ScopedQuery.of(scope, "code", null).andEquals("parentCode", parentCode).after("code", after);
        List<Division> rows = Division.find(query.query(), query.params()).page(0, size + 1).list();
        Cursors.Slice<DivisionView> page = Cursors.slice(rows, size, DivisionView::of, DivisionView::code);
        return new DivisionPage(page.items(), page.nextCursor());
    }

    /** A bureau registers divisions below its own (guiding the lower levels); a division is registered once. */
    @Transactional
    public Division register(DivisionRegistration request) {
        Division parent = visible(request.parentCode());
        if (request.code().equals(scope.divisionCode()) || !DivisionCodes.covers(scope.divisionCode(), request.code())) {
            throw ProblemException.forbidden("OUTSIDE_OWN_LEVEL", PropertyText.REGISTER_ONLY_BELOW.with(scope.divisionCode(), request.code()));
        }
        if (!DivisionCodes.covers(parent.code, request.code()) || parent.code.equals(request.code())) {
            throw ProblemException.businessRule("DIVISION_NOT_UNDER_PARENT", PropertyText.DIVISION_NOT_UNDER_PARENT.with(request.code(), parent.code));
        }
        if (!request.level().isBelow(parent.level)) {
            throw ProblemException.businessRule("DIVISION_LEVEL_NOT_BELOW_PARENT", PropertyText.DIVISION_LEVEL_NOT_BELOW_PARENT.with(
                    PropertyText.label("LEVEL", request.level()).with(), PropertyText.label("LEVEL", parent.level).with(), parent.code));
        }
        if (Division.findById(request.code()) != null) {
            throw ProblemException.conflict("DIVISION_EXISTS", PropertyText.DIVISION_EXISTS.with(request.code()));
        }
        Division division = new Division();
        division.code = request.code();
        division.name = request.name().strip();
        division.level = request.level();
        division.parentCode = parent.code;
        division.createdAt = clock.now();
        division.updatedAt = division.createdAt;
        division.persistAndFlush();
        outbox.publish(DivisionView.TOPIC, division.code, DivisionView.REGISTERED, DivisionView.of(division));
        audit.record("division.registered", "division", division.code, division.name);
        return division;
    }

    /** A record stays in its division: moving it is a new registration in the other division, not a correction. */
    public static void requireUnchanged(PropertyText what, String current, String requested) {
        if (!current.equals(requested)) {
            throw ProblemException.businessRule("DIVISION_IS_FIXED", PropertyText.DIVISION_IS_FIXED.with(what.with(), current),
                    List.of(new Violation("divisionCode", PropertyText.MUST_STAY.with(current), requested)));
        }
    }
}
