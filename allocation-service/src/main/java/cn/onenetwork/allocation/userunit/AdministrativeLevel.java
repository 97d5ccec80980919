package cn.onenetwork.allocation.userunit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The registry's administrative levels; the schema is the registry's, so the merged API document has one of it. */
@Schema(description = "行政层级 administrative level: CENTRAL 中央, PROVINCIAL 省(自治区), MUNICIPAL 市(地), COUNTY 县(区), TOWNSHIP 乡(镇)")
public enum AdministrativeLevel {
    CENTRAL, PROVINCIAL, MUNICIPAL, COUNTY, TOWNSHIP
}
