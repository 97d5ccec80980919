package cn.onenetwork.property.compliance;

import cn.onenetwork.common.i18n.Languages;
import cn.onenetwork.property.i18n.PropertyText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.property.compliance.ComplianceFacts.ConcurrentPost;
import cn.onenetwork.property.compliance.ComplianceFacts.Holder;
import cn.onenetwork.property.compliance.ComplianceFacts.Occupant;
import cn.onenetwork.property.compliance.ComplianceFacts.Periods;
import cn.onenetwork.property.compliance.ComplianceFacts.Person;
import cn.onenetwork.property.compliance.ComplianceFacts.Room;
import cn.onenetwork.property.compliance.ComplianceFacts.Seat;
import cn.onenetwork.property.room.RoomCategory;
import cn.onenetwork.property.room.RoomStatus;
import cn.onenetwork.property.staff.PersonStatus;
import cn.onenetwork.rules.Entitlements.Allowance;
import cn.onenetwork.rules.Entitlements.Posts;
import cn.onenetwork.rules.Entitlements.Standard;
import cn.onenetwork.rules.Entitlements.UnitEntitlement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComplianceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Periods PERIODS = new Periods(1, 2, 6);
    private static final UUID UNIT = UUID.randomUUID();

    @Test
    void aProvincialDivisionChiefIsCompliantAt18AndOverBy001At1801() {
        assertTrue(ComplianceRules.checkRoom(office("18.00", occupant("18")), TODAY, PERIODS).isEmpty());
        List<Finding> over = ComplianceRules.checkRoom(office("18.01", occupant("18")), TODAY, PERIODS);
        assertEquals(1, over.size());
        assertEquals(Rule.OFFICE_OVER_STANDARD, over.get(0).rule());
        assertEquals(new BigDecimal("0.01"), over.get(0).excessArea());
    }

    @Test
    void aSharedOfficeIsMeasuredAgainstTheSumOfItsOccupantsStandards() {
        List<Finding> over = ComplianceRules.checkRoom(office("19.00", occupant("9"), occupant("9")), TODAY, PERIODS);
        assertEquals(1, over.size());
        assertEquals(Rule.SHARED_OFFICE_OVER_STANDARD, over.get(0).rule());
        assertEquals(new BigDecimal("1.00"), over.get(0).excessArea());
        assertTrue(ComplianceRules.checkRoom(office("18.00", occupant("9"), occupant("9")), TODAY, PERIODS).isEmpty());
    }

    @Test
    void everyCentOverTheStandardIsFoundAndNothingAtOrBelowIt() {
        for (int cents = 1500; cents <= 2100; cents++) {
            BigDecimal area = BigDecimal.valueOf(cents, 2);
            List<Finding> findings = ComplianceRules.checkRoom(office(area.toPlainString(), occupant("18")), TODAY, PERIODS);
            if (cents <= 1800) {
                assertTrue(findings.isEmpty(), area.toPlainString());
            } else {
                assertEquals(area.subtract(new BigDecimal("18")), findings.get(0).excessArea(), area.toPlainString());
            }
        }
    }

    @Test
    void anOccupantWithoutAStandardInForceIsNotJudged() {
        assertTrue(ComplianceRules.checkRoom(office("40.00", new Occupant(UUID.randomUUID(), "乡干部", "TOWNSHIP_HEAD", null, TODAY, UNIT)), TODAY, PERIODS).isEmpty());
    }

    @Test
    void aCeilingThatStandsInForARanksStandardIsNamedInTheFinding() {
        Standard ceiling = new Standard(new BigDecimal("24"), "no township standard is set; the county deputy's caps it");
        Occupant head = new Occupant(UUID.randomUUID(), "乡长", "TOWNSHIP_HEAD", ceiling, TODAY.minusMonths(1), UNIT);
        assertTrue(ComplianceRules.checkRoom(office("24.00", head), TODAY, PERIODS).isEmpty());
        Finding over = ComplianceRules.checkRoom(office("40.00", head), TODAY, PERIODS).get(0);
        assertEquals(new BigDecimal("16.00"), over.excessArea());
        assertEquals(PropertyText.FINDING_OFFICE_OVER_STANDARD_CAPPED, over.detail().key());
        assertTrue(over.detail().render(Languages.CHINESE).contains("按县级副职标准 24.00 m² 核定"), over.detail().render(Languages.CHINESE));
        assertTrue(over.detail().render(Languages.ENGLISH).contains("the 24.00 m² county deputy standard"), over.detail().render(Languages.ENGLISH));

        List<Posts> township = List.of(new Posts("TOWNSHIP_HEAD", 1, ceiling), new Posts("BELOW_TOWNSHIP_LEADERSHIP", 2, standard("9")));
        UnitEntitlement entitled = ComplianceRules.entitlement(unit(township, null, "0", "0")).orElseThrow();
        assertEquals(new BigDecimal("42.00"), entitled.office());
        assertEquals(List.of(ceiling.ceilingReason()), entitled.ceilingReasons());
        FindingDetail unitOver = ComplianceRules.checkUnit(unit(township, null, "50.00", "50.00")).get(0).detail();
        assertEquals(List.of("TOWNSHIP_HEAD"), unitOver.values().get("ranks"));
        assertTrue(unitOver.render(Languages.CHINESE).startsWith("兴庆区财政局 占用办公室 50.00 m²；按批复编制 3 人核定为 42.00 m²"), unitOver.render(Languages.CHINESE));
    }

    @Test
    void anIdleRoomCountsFromTheEndOfItsLastHoldingWhenThatIsLater() {
        Room idle = new Room(UUID.randomUUID(), "512", RoomCategory.OFFICE, TODAY.minusYears(3), new BigDecimal("18"), null, RoomStatus.IDLE,
                TODAY.minusYears(2), null, List.of(), TODAY.minusMonths(5));
        assertTrue(ComplianceRules.checkRoom(idle, TODAY, PERIODS).isEmpty(), "handed back 5 months ago: not yet 6 months idle");
        Room longIdle = new Room(UUID.randomUUID(), "512", RoomCategory.OFFICE, TODAY.minusYears(3), new BigDecimal("18"), null, RoomStatus.IDLE,
                TODAY.minusYears(2), null, List.of(), TODAY.minusMonths(7));
        assertEquals(TODAY.minusMonths(7).plusMonths(6).plusDays(1), ComplianceRules.checkRoom(longIdle, TODAY, PERIODS).get(0).since());
    }

    @Test
    void aSecondOfficeWithoutAnApprovedConcurrentPostIsAFinding() {
        Seat second = new Seat(UUID.randomUUID(), UUID.randomUUID(), "R25", RoomCategory.OFFICE, new BigDecimal("25"), TODAY.minusMonths(1), null);
        Person head = person(PersonStatus.IN_POST, TODAY.minusYears(1), List.of(seat("30", null), second), List.of());
        List<Finding> findings = ComplianceRules.checkPerson(head, TODAY, PERIODS);
        assertEquals(1, findings.size());
        assertEquals(Rule.MORE_THAN_ONE_OFFICE, findings.get(0).rule());
        assertEquals(new BigDecimal("25.00"), findings.get(0).excessArea());
        assertEquals(TODAY.minusMonths(1), findings.get(0).since());
    }

    @Test
    void anApprovedConcurrentPostInForceAllowsOneMoreOffice() {
        UUID post = UUID.randomUUID();
        Person head = person(PersonStatus.IN_POST, TODAY.minusYears(1), List.of(seat("30", null), seat("12", post)),
                List.of(new ConcurrentPost(post, true, TODAY.minusMonths(3), null)));
        assertTrue(ComplianceRules.checkPerson(head, TODAY, PERIODS).isEmpty());
        Person unapproved = person(PersonStatus.IN_POST, TODAY.minusYears(1), List.of(seat("30", null), seat("12", post)),
                List.of(new ConcurrentPost(post, false, TODAY.minusMonths(3), null)));
        assertEquals(Rule.MORE_THAN_ONE_OFFICE, ComplianceRules.checkPerson(unapproved, TODAY, PERIODS).get(0).rule());
    }

    @Test
    void aRetiredPersonMustVacateWithinOneMonth() {
        Person after20Days = person(PersonStatus.RETIRED, TODAY.minusDays(20), List.of(seat("18", null)), List.of());
        assertTrue(ComplianceRules.checkPerson(after20Days, TODAY, PERIODS).isEmpty());
        Person after32Days = person(PersonStatus.RETIRED, TODAY.minusDays(32), List.of(seat("18", null)), List.of());
        List<Finding> findings = ComplianceRules.checkPerson(after32Days, TODAY, PERIODS);
        assertEquals(1, findings.size());
        assertEquals(Rule.NOT_VACATED_AFTER_DEPARTURE, findings.get(0).rule());
        assertEquals(TODAY.minusDays(32).plusMonths(1).plusDays(1), findings.get(0).since());
        assertEquals(new BigDecimal("18.00"), findings.get(0).excessArea());
    }

    @Test
    void theConcurrentPostOfficeMustBeVacatedWithinTwoMonthsOfItsEnd() {
        UUID post = UUID.randomUUID();
        Person inTime = person(PersonStatus.IN_POST, TODAY.minusYears(1), List.of(seat("30", null), seat("12", post)),
                List.of(new ConcurrentPost(post, true, TODAY.minusYears(1), TODAY.minusMonths(2))));
        assertTrue(inTime.openSeats().size() == 2);
        assertEquals(List.of(Rule.MORE_THAN_ONE_OFFICE), ComplianceRules.checkPerson(inTime, TODAY, PERIODS).stream().map(Finding::rule).toList());
        Person late = person(PersonStatus.IN_POST, TODAY.minusYears(1), List.of(seat("30", null), seat("12", post)),
                List.of(new ConcurrentPost(post, true, TODAY.minusYears(1), TODAY.minusMonths(2).minusDays(1))));
        assertTrue(ComplianceRules.checkPerson(late, TODAY, PERIODS).stream().anyMatch(f -> f.rule() == Rule.NOT_VACATED_AFTER_CONCURRENT_POST));
    }

    @Test
    void technicalRoomsUsedAsOfficesAndLongIdleRoomsAreFindings() {
        Room lab = new Room(UUID.randomUUID(), "B101", RoomCategory.TECHNICAL, TODAY.minusYears(2), new BigDecimal("40"), new BigDecimal("52.5"),
                RoomStatus.IN_USE, TODAY.minusYears(2), null, List.of(occupant("9")), null);
        Finding technical = ComplianceRules.checkRoom(lab, TODAY, PERIODS).get(0);
        assertEquals(Rule.OFFICE_IN_TECHNICAL_ROOM, technical.rule());
        assertEquals(new BigDecimal("52.50"), technical.excessArea());

        Room idle = new Room(UUID.randomUUID(), "305", RoomCategory.OFFICE, TODAY.minusYears(2), new BigDecimal("20"), null, RoomStatus.IDLE,
                TODAY.minusMonths(6), null, List.of(), null);
        assertTrue(ComplianceRules.checkRoom(idle, TODAY, PERIODS).isEmpty());
        Room longIdle = new Room(UUID.randomUUID(), "305", RoomCategory.OFFICE, TODAY.minusYears(2), new BigDecimal("20"), null, RoomStatus.IDLE,
                TODAY.minusMonths(6).minusDays(1), null, List.of(), null);
        assertEquals(Rule.IDLE_OVER_LIMIT, ComplianceRules.checkRoom(longIdle, TODAY, PERIODS).get(0).rule());
    }

    @Test
    void aRoomUsedByStaffOfAnotherUnitThanItsHolderIsAFinding() {
        Holder holder = new Holder(UNIT, "兴庆区财政局", RoomCategory.OFFICE, TODAY.minusYears(1));
        assertTrue(ComplianceRules.checkRoom(held(holder, RoomCategory.OFFICE, occupant("18")), TODAY, PERIODS).isEmpty());

        Occupant lent = new Occupant(UUID.randomUUID(), "外单位人员", "RANK", standard("18"), TODAY.minusMonths(2), UUID.randomUUID());
        Finding finding = ComplianceRules.checkRoom(held(holder, RoomCategory.OFFICE, lent), TODAY, PERIODS).get(0);
        assertEquals(Rule.USED_BY_ANOTHER_UNIT, finding.rule());
        assertEquals(new BigDecimal("18.00"), finding.excessArea());
        assertEquals(TODAY.minusMonths(2), finding.since());
    }

    @Test
    void aRoomRegisteredForAnotherUseThanApprovedIsAFunctionChangeFromTheDayOfTheChange() {
        Holder holder = new Holder(UNIT, "兴庆区财政局", RoomCategory.SERVICE, TODAY.minusYears(1));
        Room changed = new Room(UUID.randomUUID(), "210", RoomCategory.OFFICE, TODAY.minusDays(10), new BigDecimal("30"), null,
                RoomStatus.IN_USE, TODAY.minusYears(2), holder, List.of(), null);
        Finding finding = ComplianceRules.checkRoom(changed, TODAY, PERIODS).get(0);
        assertEquals(Rule.FUNCTION_CHANGED, finding.rule());
        assertEquals(TODAY.minusDays(10), finding.since());
        assertTrue(ComplianceRules.checkRoom(held(holder, RoomCategory.SERVICE), TODAY, PERIODS).isEmpty());
    }

    @Test
    void aUnitIsMeasuredAgainstItsApprovedStaffingTimesTheStandards() {
        // 1 county head (30) + 2 section chiefs (18) + 5 below section (9) = 111 m² of offices.
        List<Posts> staffing = List.of(new Posts("COUNTY_HEAD", 1, standard("30")),
                new Posts("SECTION_CHIEF", 2, standard("18")), new Posts("BELOW_SECTION", 5, standard("9")));
        assertTrue(ComplianceRules.checkUnit(unit(staffing, null, "111.00", "300.00")).isEmpty());

        List<Finding> over = ComplianceRules.checkUnit(unit(staffing, null, "111.01", "300.00"));
        assertEquals(List.of(Rule.UNIT_OFFICE_OVER_ENTITLEMENT), over.stream().map(Finding::rule).toList());
        assertEquals(new BigDecimal("0.01"), over.get(0).excessArea());

        // 8 posts × (8 + 4) = 96 m² of service and equipment space on top of 111: 207 m² of basic office space.
        Allowance allowance = new Allowance(new BigDecimal("8"), new BigDecimal("4"));
        assertTrue(ComplianceRules.checkUnit(unit(staffing, allowance, "100.00", "207.00")).isEmpty());
        Finding basic = ComplianceRules.checkUnit(unit(staffing, allowance, "100.00", "210.50")).get(0);
        assertEquals(Rule.UNIT_BASIC_SPACE_OVER_ENTITLEMENT, basic.rule());
        assertEquals(new BigDecimal("3.50"), basic.excessArea());
    }

    @Test
    void aUnitWithAStaffedRankWithoutStandardOrWithoutSpaceIsNotJudged() {
        List<Posts> township = List.of(new Posts("TOWNSHIP_HEAD", 1, null));
        assertTrue(ComplianceRules.checkUnit(unit(township, null, "500.00", "500.00")).isEmpty());
        assertTrue(ComplianceRules.checkUnit(unit(List.of(), null, "0", "0")).isEmpty());
        // No approved staffing at all: every square metre held is over.
        assertEquals(new BigDecimal("20.00"), ComplianceRules.checkUnit(unit(List.of(), null, "20", "20")).get(0).excessArea());
    }

    private static ComplianceFacts.Unit unit(List<Posts> staffing, Allowance allowance, String office, String basic) {
        return new ComplianceFacts.Unit(UNIT, "兴庆区财政局", staffing, allowance, new BigDecimal(office), new BigDecimal(basic), TODAY.minusMonths(3));
    }

    private static Room held(Holder holder, RoomCategory category, Occupant... occupants) {
        return new Room(UUID.randomUUID(), "201", category, TODAY.minusYears(2), new BigDecimal("18"), null, RoomStatus.IN_USE,
                TODAY.minusYears(1), holder, List.of(occupants), null);
    }

    private static Room office(String area, Occupant... occupants) {
        return new Room(UUID.randomUUID(), "201", RoomCategory.OFFICE, TODAY.minusYears(1), new BigDecimal(area), null, RoomStatus.IN_USE,
                TODAY.minusYears(1), null, List.of(occupants), null);
    }

    private static Occupant occupant(String standard) {
        return new Occupant(UUID.randomUUID(), "张三", "RANK", standard(standard), TODAY.minusMonths(1), UNIT);
    }

    private static Standard standard(String area) {
        return Standard.set(new BigDecimal(area));
    }

    private static Seat seat(String area, UUID post) {
        return new Seat(UUID.randomUUID(), UUID.randomUUID(), "R" + area, RoomCategory.OFFICE, new BigDecimal(area), TODAY.minusMonths(4), post);
    }

    private static Person person(PersonStatus status, LocalDate since, List<Seat> seats, List<ConcurrentPost> posts) {
        return new Person(UUID.randomUUID(), "李四", status, since, seats, posts);
    }
}
