package cn.onenetwork.property.sheet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "csv or xlsx")
public enum SheetFormat {
    CSV, XLSX;

    public static SheetFormat fromString(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
