package cn.onenetwork.property.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "行政层级 administrative level: CENTRAL 中央, PROVINCIAL 省(自治区), MUNICIPAL 市(地), COUNTY 县(区), TOWNSHIP 乡(镇)")
public enum AdministrativeLevel {
    CENTRAL, PROVINCIAL, MUNICIPAL, COUNTY, TOWNSHIP;

    /** A child division sits strictly below its parent. */
    public boolean isBelow(AdministrativeLevel other) {
        return ordinal() > other.ordinal();
    }
}
