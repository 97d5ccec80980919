package cn.onenetwork.property.division;

import cn.onenetwork.property.organisation.AdministrativeLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Division", requiredProperties = {"code", "name", "level", "version"}, description = "行政区划 an administrative division (GB/T 2260).")
public record DivisionView(
        @Schema(description = "GB/T 2260 code.", examples = "640104") String code,
        @Schema(description = "Official name.", examples = "兴庆区") String name,
        AdministrativeLevel level,
        @Schema(description = "Code of the parent division; absent only for the national root 100000.", examples = "640100") String parentCode,
        @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {

    /** Division events carry this view. */
    public static final String TOPIC = "property.divisions";
    public static final String REGISTERED = "cn.onenetwork.property.division.registered.v1";

    static DivisionView of(Division d) {
        return new DivisionView(d.code, d.name, d.level, d.parentCode, d.version);
    }
}
