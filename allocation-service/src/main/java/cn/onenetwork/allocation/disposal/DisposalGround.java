package cn.onenetwork.allocation.disposal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "处置理由: SURPLUS 超出实际需要, UNSUITABLE 位置或结构不适合办公, PLANNING_DEMOLITION 城市规划拆迁, DANGEROUS 鉴定为危房且无加固价值, "
        + "LEFT_OVER 调剂后腾出的剩余用房")
public enum DisposalGround {
    SURPLUS, UNSUITABLE, PLANNING_DEMOLITION, DANGEROUS, LEFT_OVER
}
