package cn.onenetwork.property.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.onenetwork.property.compliance.ComplianceFacts.ConcurrentPost;
import cn.onenetwork.property.compliance.ComplianceFacts.Occupant;
import cn.onenetwork.property.compliance.ComplianceFacts.Periods;
import cn.onenetwork.property.compliance.ComplianceFacts.Person;
import cn.onenetwork.property.compliance.ComplianceFacts.Room;
import cn.onenetwork.property.compliance.ComplianceFacts.Seat;
import cn.onenetwork.property.room.RoomCategory;
import cn.onenetwork.property.room.RoomStatus;
import cn.onenetwork.property.staff.PersonStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComplianceRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Periods PERIODS = new Periods(1, 2, 6);

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
        assertTrue(ComplianceRules.checkRoom(office("40.00", new Occupant(UUID.randomUUID(), "乡干部", "TOWNSHIP_HEAD", null, TODAY)), TODAY, PERIODS).isEmpty());
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
        Room lab = new Room(UUID.randomUUID(), "B101", RoomCategory.TECHNICAL, new BigDecimal("40"), new BigDecimal("52.5"),
                RoomStatus.IN_USE, TODAY.minusYears(2), List.of(occupant("9")));
        Finding technical = ComplianceRules.checkRoom(lab, TODAY, PERIODS).get(0);
        assertEquals(Rule.OFFICE_IN_TECHNICAL_ROOM, technical.rule());
        assertEquals(new BigDecimal("52.50"), technical.excessArea());

        Room idle = new Room(UUID.randomUUID(), "305", RoomCategory.OFFICE, new BigDecimal("20"), null, RoomStatus.IDLE, TODAY.minusMonths(6), List.of());
        assertTrue(ComplianceRules.checkRoom(idle, TODAY, PERIODS).isEmpty());
        Room longIdle = new Room(UUID.randomUUID(), "305", RoomCategory.OFFICE, new BigDecimal("20"), null, RoomStatus.IDLE,
                TODAY.minusMonths(6).minusDays(1), List.of());
        assertEquals(Rule.IDLE_OVER_LIMIT, ComplianceRules.checkRoom(longIdle, TODAY, PERIODS).get(0).rule());
    }

    private static Room office(String area, Occupant... occupants) {
        return new Room(UUID.randomUUID(), "201", RoomCategory.OFFICE, new BigDecimal(area), null, RoomStatus.IN_USE,
                TODAY.minusYears(1), List.of(occupants));
    }

    private static Occupant occupant(String standard) {
        return new Occupant(UUID.randomUUID(), "张三", "RANK", new BigDecimal(standard), TODAY.minusMonths(1));
    }

    private static Seat seat(String area, UUID post) {
        return new Seat(UUID.randomUUID(), UUID.randomUUID(), "R" + area, RoomCategory.OFFICE, new BigDecimal(area), TODAY.minusMonths(4), post);
    }

    private static Person person(PersonStatus status, LocalDate since, List<Seat> seats, List<ConcurrentPost> posts) {
        return new Person(UUID.randomUUID(), "李四", status, since, seats, posts);
    }
}
