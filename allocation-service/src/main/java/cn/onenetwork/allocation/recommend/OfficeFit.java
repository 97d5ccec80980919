package cn.onenetwork.allocation.recommend;

import cn.onenetwork.allocation.recommend.Recommender.Staff;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Whether offices a bureau picks by hand can be given to a request's people without an over-standard office (domain.md
 * §4): the largest office first goes to the person with the largest standard left, or is shared by up to
 * {@link Recommender#MAX_SHARING} people of one rank within their summed standards, as the recommender seats them. An
 * office that no one left can fill within their standards is over standard by the difference.
 */
public final class OfficeFit {

    /** An office handed over. */
    public record Office(UUID id, String number, BigDecimal area) {
    }

    /** An office above the standards of the most its people left could bring to it: {@code allowed} is zero when nobody is left. */
    public record OverStandard(Office office, BigDecimal allowed, BigDecimal excess) {
    }

    private OfficeFit() {
    }

    public static List<OverStandard> overStandard(List<Staff> staff, List<Office> offices) {
        Map<String, Staff> standards = new LinkedHashMap<>();
        Map<String, Integer> left = new LinkedHashMap<>();
        staff.stream().filter(s -> s.people() > 0).sorted(Comparator.comparing(Staff::standard).reversed().thenComparing(Staff::rank)).forEach(s -> {
            standards.put(s.rank(), s);
            left.put(s.rank(), s.people());
        });
        List<OverStandard> over = new ArrayList<>();
        for (Office office : offices.stream().sorted(Comparator.comparing(Office::area).reversed().thenComparing(o -> o.id().toString())).toList()) {
            BigDecimal allowed = BigDecimal.ZERO;
            String seated = null;
            int people = 0;
            // The fewest people whose standards reach the office's area, largest standard first.
            for (Map.Entry<String, Integer> rank : left.entrySet()) {
                BigDecimal standard = standards.get(rank.getKey()).standard();
                int most = Math.min(rank.getValue(), Recommender.MAX_SHARING);
                for (int k = 1; k <= most; k++) {
                    BigDecimal sum = standard.multiply(BigDecimal.valueOf(k));
                    if (office.area().compareTo(sum) <= 0) {
                        seated = rank.getKey();
                        people = k;
                        break;
                    }
                    allowed = allowed.max(sum);
                }
                if (seated != null) {
                    break;
                }
            }
            if (seated == null) {
                over.add(new OverStandard(office, allowed, office.area().subtract(allowed)));
            } else {
                left.merge(seated, -people, Integer::sum);
                left.remove(seated, 0);
            }
        }
        return over;
    }
}
