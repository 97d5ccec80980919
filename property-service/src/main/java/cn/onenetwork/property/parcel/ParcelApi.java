package cn.onenetwork.property.parcel;

import cn.onenetwork.property.title.LandUseType;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response shapes of land parcels. */
public final class ParcelApi {

    private ParcelApi() {
    }

    @Schema(name = "ParcelInput", description = "Registers a land parcel (院落/宗地) of your division.")
    public record ParcelInput(
            @NotNull @Pattern(regexp = "[0-9]{6}|[0-9]{9}|[0-9]{12}", message = "{onenetwork.property.divisionCode}")
            @Schema(examples = "640104") String divisionCode,
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{onenetwork.property.code}")
            @Schema(description = "The bureau's code for the parcel (e.g. the 宗地代码), unique in the division", examples = "640104-003-0012") String code,
            @NotBlank @Size(max = 200) @Schema(examples = "兴庆区行政中心院落") String name,
            @NotBlank @Size(max = 300) @Schema(examples = "银川市兴庆区解放西街1号") String address,
            @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) @Schema(description = "宗地面积 m²", examples = "26000.00") BigDecimal landArea,
            LandUseType landUseType) {
    }

    @Schema(name = "Parcel", requiredProperties = {"id", "divisionCode", "code", "name", "address", "landArea", "buildings", "version"}, description = "院落/宗地 a registered land parcel.")
    public record ParcelView(UUID id, @Schema(examples = "640104") String divisionCode, @Schema(examples = "640104-003-0012") String code,
            @Schema(examples = "兴庆区行政中心院落") String name, String address, @Schema(examples = "26000.00") BigDecimal landArea,
            LandUseType landUseType, @Schema(description = "Buildings registered on the parcel", examples = "3") long buildings,
            @Schema(description = "Version, also sent as the ETag.", examples = "0") long version) {

        /** Parcel events carry this view. */
        public static final String TOPIC = "property.parcels";
        public static final String REGISTERED = "cn.onenetwork.property.parcel.registered.v1";
        public static final String UPDATED = "cn.onenetwork.property.parcel.updated.v1";
    }

    @Schema(name = "ParcelPage", description = "A page of parcels; pass nextCursor back as cursor for the next page.")
    public record ParcelPage(List<ParcelView> items, @Schema(description = "Absent on the last page.") String nextCursor) {
    }
}
