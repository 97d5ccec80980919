package cn.onenetwork.property.division;

import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.problem.FieldError;
import cn.onenetwork.common.problem.ProblemException;
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
            throw ProblemException.notFound("Division", code);
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
            throw ProblemException.forbidden("OUTSIDE_OWN_LEVEL", "Division " + scope.divisionCode()
                    + " may register only divisions below itself, not " + request.code());
        }
        if (!DivisionCodes.covers(parent.code, request.code()) || parent.code.equals(request.code())) {
            throw ProblemException.businessRule("DIVISION_NOT_UNDER_PARENT",
                    "Code " + request.code() + " does not lie under parent " + parent.code + " in the GB/T 2260 hierarchy");
        }
        if (!request.level().isBelow(parent.level)) {
            throw ProblemException.businessRule("DIVISION_LEVEL_NOT_BELOW_PARENT",
                    "A " + request.level() + " division cannot sit under the " + parent.level + " division " + parent.code);
        }
        if (Division.findById(request.code()) != null) {
            throw ProblemException.conflict("DIVISION_EXISTS", "Division " + request.code() + " is already registered");
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
    public static void requireUnchanged(String what, String current, String requested) {
        if (!current.equals(requested)) {
            throw new ProblemException(422, "DIVISION_IS_FIXED", "Business rule violated", what + " stays in division " + current,
                    List.of(new FieldError("divisionCode", "must stay " + current, requested)));
        }
    }
}
