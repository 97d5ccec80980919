package cn.onenetwork.property.agency;

import cn.onenetwork.property.i18n.PropertyText;
import cn.onenetwork.common.audit.AuditTrail;
import cn.onenetwork.common.http.Etags;
import cn.onenetwork.common.outbox.Outbox;
import cn.onenetwork.common.paging.Cursors;
import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import cn.onenetwork.common.scope.CallerScope;
import cn.onenetwork.common.scope.ScopedQuery;
import cn.onenetwork.common.time.PlatformClockProvider;
import cn.onenetwork.property.compliance.ComplianceService;
import cn.onenetwork.property.division.Division;
import cn.onenetwork.property.division.DivisionService;
import cn.onenetwork.property.organisation.AgencyCategory;
import cn.onenetwork.property.organisation.AgencySystem;
import cn.onenetwork.property.organisation.RankTitles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

@ApplicationScoped
public class AgencyService {

    @Inject
    PlatformClockProvider clock;

    @Inject
    CallerScope scope;

    @Inject
    DivisionService divisions;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager entityManager;

    @Inject
    RankTitles ranks;

    @Inject
    ComplianceService compliance;

    /** The agency if the caller may see it: its division in scope, and for a user unit, its own. */
    public Agency visible(UUID id) {
        Agency agency = id == null ? null : Agency.findById(id);
        if (agency == null || !scope.canRead(agency.divisionCode, agency.creditCode)) {
            throw ProblemException.notFound(PropertyText.KIND_AGENCY, id);
        }
        return agency;
    }

    public AgencyPage list(String divisionCode, AgencySystem system, String creditCode, String q, String cursor, Integer limit) {
        int size = Cursors.limit(limit);
        String after = Cursors.decode(cursor);
        ScopedQuery query = ScopedQuery.of(scope, "divisionCode", "creditCode")
                .andEquals("divisionCode", divisionCode).andEquals("system", system).andEquals("creditCode", creditCode).andContains("searchText", q)
                .after("creditCode", after);
        List<Agency> rows = Agency.find(query.query(), query.params()).page(0, size + 1).list();
        Cursors.Slice<AgencyView> page = Cursors.slice(rows, size, AgencyView::of, AgencyView::creditCode);
        return new AgencyPage(page.items(), page.nextCursor());
    }

    @Transactional
    public Agency register(AgencyInput input) {
        Division division = divisions.visible(input.divisionCode());
        scope.requireOwnLevel(division.code);
        if (Agency.count("creditCode", input.creditCode()) > 0) {
            throw ProblemException.conflict("DUPLICATE_CREDIT_CODE", PropertyText.DUPLICATE_CREDIT_CODE.with(input.creditCode()));
        }
        Agency agency = new Agency();
        agency.id = UUID.randomUUID();
        agency.createdAt = clock.now();
        apply(agency, division, input);
        agency.persistAndFlush();
        outbox.publish(AgencyView.TOPIC, agency.id.toString(), AgencyView.REGISTERED, AgencyView.of(agency));
        audit.record("agency.registered", "agency", agency.id, agency.creditCode + " " + agency.name);
        return agency;
    }

    @Transactional
    public Agency update(UUID id, String ifMatch, AgencyInput input) {
        Agency agency = visible(id);
        scope.requireOwnLevel(agency.divisionCode);
        Etags.requireMatch(ifMatch, agency.version);
        requireNotDissolved(agency);
        if (!agency.creditCode.equals(input.creditCode())) {
            throw ProblemException.businessRule("CREDIT_CODE_IMMUTABLE", PropertyText.CREDIT_CODE_IMMUTABLE.with());
        }
        Division division = divisions.visible(input.divisionCode());
        scope.requireOwnLevel(division.code);
        apply(agency, division, input);
        entityManager.flush();
        outbox.publish(AgencyView.TOPIC, agency.id.toString(), AgencyView.UPDATED, AgencyView.of(agency));
        audit.record("agency.updated", "agency", agency.id, agency.creditCode + " " + agency.name);
        // Approved staffing is the unit's entitlement.
        compliance.recompute(Set.of(), Set.of(), Set.of(agency.id));
        return agency;
    }

    /** Ends the unit (dissolved, or merged into a successor of its division); allocation vacates its space on the event. */
    @Transactional
    public Agency dissolve(UUID id, String ifMatch, Dissolution input) {
        Agency agency = visible(id);
        scope.requireOwnLevel(agency.divisionCode);
        Etags.requireMatch(ifMatch, agency.version);
        requireNotDissolved(agency);
        if (input.kind() == DissolutionKind.MERGED) {
            Agency successor = input.successorId() == null ? null : Agency.findById(input.successorId());
            if (successor == null || successor.id.equals(agency.id) || !successor.divisionCode.equals(agency.divisionCode) || successor.dissolvedOn != null) {
                throw ProblemException.businessRule("SUCCESSOR_REQUIRED", PropertyText.SUCCESSOR_REQUIRED.with(agency.divisionCode),
                        List.of(new Violation("successorId", PropertyText.ANOTHER_UNIT_OF.with(agency.divisionCode), String.valueOf(input.successorId()))));
            }
        } else if (input.successorId() != null) {
            throw ProblemException.badRequest("VALIDATION_FAILED", PropertyText.DISSOLVED_HAS_NO_SUCCESSOR.with(),
                    List.of(Violation.of("successorId", PropertyText.ONLY_FOR_MERGED, input.successorId().toString())));
        }
        agency.dissolvedOn = input.effectiveOn();
        agency.dissolutionKind = input.kind();
        agency.successorId = input.successorId();
        agency.dissolutionReason = input.reason().strip();
        agency.updatedAt = clock.now();
        entityManager.flush();
        outbox.publish(AgencyView.TOPIC, agency.id.toString(), AgencyView.DISSOLVED, AgencyView.of(agency));
        audit.record("agency.dissolved", "agency", agency.id, agency.creditCode + " " + input.kind() + " " + input.effectiveOn());
        return agency;
    }

    private static void requireNotDissolved(Agency agency) {
        if (agency.dissolvedOn != null) {
            throw ProblemException.conflict("AGENCY_DISSOLVED", PropertyText.AGENCY_DISSOLVED.with(agency.name,
                    PropertyText.label("DISSOLUTION", agency.dissolutionKind).with(), agency.dissolvedOn));
        }
    }

    private void apply(Agency agency, Division division, AgencyInput input) {
        if (input.parentAgencyId() != null) {
            Agency parent = Agency.findById(input.parentAgencyId());
            if (parent == null || !scope.canRead(parent.divisionCode, parent.creditCode)) {
                throw ProblemException.businessRule("PARENT_AGENCY_UNKNOWN", PropertyText.PARENT_AGENCY_UNKNOWN.with(input.parentAgencyId()));
            }
            if (parent.id.equals(agency.id) || !parent.divisionCode.equals(division.code)) {
                throw ProblemException.businessRule("PARENT_AGENCY_ELSEWHERE", PropertyText.PARENT_AGENCY_ELSEWHERE.with(division.code));
            }
        }
        if (input.officesBureau() && !agency.officesBureau
                && Agency.count("divisionCode = ?1 and officesBureau = true", division.code) > 0) {
            throw ProblemException.conflict("BUREAU_ALREADY_REGISTERED", PropertyText.BUREAU_ALREADY_REGISTERED.with(division.code));
        }
        Map<String, Integer> staffing = input.approvedStaffing() == null ? Map.of() : input.approvedStaffing();
        rejectUnknownRanks(division, staffing);
        agency.creditCode = input.creditCode();
        agency.name = input.name().strip();
        agency.divisionCode = division.code;
        agency.level = division.level;
        agency.system = input.system();
        if (input.category() != null) {
            agency.category = input.category();
        } else if (agency.category == null) {
            agency.category = AgencyCategory.defaultFor(input.system());
        }
        agency.parentAgencyId = input.parentAgencyId();
        agency.officesBureau = input.officesBureau();
        agency.actualStaff = input.actualStaff();
        agency.approvedStaffing.clear();
        agency.approvedStaffing.putAll(new TreeMap<>(staffing));
        agency.updatedAt = clock.now();
    }

    private void rejectUnknownRanks(Division division, Map<String, Integer> staffing) {
        List<String> known = ranks.codes(division.level);
        Set<String> allowed = new HashSet<>(known);
        List<Violation> errors = new ArrayList<>();
        Text level = PropertyText.label("LEVEL", division.level).with();
        for (String rank : new TreeMap<>(staffing).keySet()) {
            if (!allowed.contains(rank)) {
                errors.add(new Violation("approvedStaffing[" + rank + "]", PropertyText.RANK_NOT_OF_LEVEL.with(level, String.join(", ", known)), rank));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.businessRule("UNKNOWN_RANK", PropertyText.STAFFING_UNKNOWN_RANKS.with(level), errors);
        }
    }
}
