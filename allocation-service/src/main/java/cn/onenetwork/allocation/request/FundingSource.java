package cn.onenetwork.allocation.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where the money for a lease or construction comes from. Only the government budget is permitted (domain.md §5); the
 * others are listed so that a request naming one is refused by name rather than as an unknown value.
 */
@Schema(description = "资金来源: GOVERNMENT_BUDGET 财政预算 is the only permitted source. Refused by name: SPONSORSHIP 赞助, DONATION 捐赠, "
        + "FUND_RAISING 集资, LOAN_FROM_OTHER_UNIT 向其他单位借款, CONTRACTOR_ADVANCE 施工单位垫资, DIVERTED_SPECIAL_FUND 挪用专项资金")
public enum FundingSource {
    GOVERNMENT_BUDGET, SPONSORSHIP, DONATION, FUND_RAISING, LOAN_FROM_OTHER_UNIT, CONTRACTOR_ADVANCE, DIVERTED_SPECIAL_FUND;

    public boolean permitted() {
        return this == GOVERNMENT_BUDGET;
    }
}
