package cn.onenetwork.supervision.report;

import cn.onenetwork.supervision.i18n.SupervisionText;
import cn.onenetwork.supervision.report.ReportViews.ConstructionRow;
import cn.onenetwork.supervision.report.ReportViews.Figures;
import cn.onenetwork.supervision.report.ReportViews.OfficeSpaceRow;
import cn.onenetwork.supervision.report.ReportViews.OfficeSpaceTotals;
import cn.onenetwork.supervision.report.ReportViews.StaffingColumn;
import cn.onenetwork.supervision.report.ReportViews.StatisticsTables;
import cn.onenetwork.supervision.report.ReportViews.TechnicalSpaceRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The national tables laid out as the national template: one sheet per table, a title row, a row naming the division,
 * the day and the unit, two header rows with the grouped columns merged, the building's cells merged down its unit rows,
 * m² with two decimals, investment in 万元, and a 合计 row.
 */
public final class ReportWorkbook {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The first data row of a table sheet: after the title, the division line and the two header rows. */
    public static final int FIRST_DATA_ROW = 4;

    private ReportWorkbook() {
    }

    /** The national rule's file name: the names from the province down, then the 12-digit code. */
    public static String fileName(List<String> namePath, String statisticalCode, String extension) {
        return String.join("-", namePath) + "-" + statisticalCode + "." + extension;
    }

    public static String contentDisposition(String fileName, String statisticalCode, String extension) {
        return "attachment; filename=\"" + statisticalCode + "." + extension + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static byte[] xlsx(StatisticsTables tables, Locale reader) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            divisionSheet(workbook, styles, tables, reader);
            officeSpaceSheet(workbook, styles, tables, reader);
            technicalSheet(workbook, styles, tables, reader);
            constructionSheet(workbook, styles, tables, reader);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 办公用房信息 table as CSV: one header row, the grouped columns' headers joined to their group's. */
    public static String officeSpaceCsv(StatisticsTables tables, Locale reader) {
        List<String> header = new ArrayList<>();
        List<Header> columns = officeSpaceColumns(tables.officeSpace().staffingColumns(), reader);
        columns.forEach(c -> header.add(c.group() == null ? c.name() : c.group() + "-" + c.name()));
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (OfficeSpaceRow row : tables.officeSpace().rows()) {
                printer.printRecord(officeSpaceValues(row, tables.officeSpace().staffingColumns(), reader).stream().map(ReportWorkbook::csv).toList());
            }
            printer.printRecord(officeSpaceTotals(tables.officeSpace().totals(), tables.officeSpace().staffingColumns(), reader).stream()
                    .map(ReportWorkbook::csv).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String csv(Object value) {
        return value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    /** A column: its name, and the group header above it (null for a column whose header spans both rows). */
    record Header(String group, String name) {
    }

    static List<Header> officeSpaceColumns(List<StaffingColumn> staffing, Locale reader) {
        List<Header> columns = new ArrayList<>();
        columns.add(new Header(null, t(SupervisionText.COL_SERIAL, reader)));
        columns.add(new Header(null, t(SupervisionText.COL_ADDRESS, reader)));
        columns.add(new Header(null, t(SupervisionText.COL_DIVISION, reader)));
        columns.add(new Header(null, t(SupervisionText.COL_LAND_AREA, reader)));
        columns.add(new Header(null, t(SupervisionText.COL_GROSS_FLOOR_AREA, reader)));
        columns.add(new Header(null, t(SupervisionText.COL_OFFICE_BUILDING_AREA, reader)));
        columns.add(new Header(null, t(SupervisionText.COL_TECHNICAL_BUILDING_AREA, reader)));
        String unit = t(SupervisionText.COL_USING_UNIT, reader);
        columns.add(new Header(unit, t(SupervisionText.COL_UNIT_NAME, reader)));
        columns.add(new Header(unit, t(SupervisionText.COL_UNIT_CATEGORY, reader)));
        String approved = t(SupervisionText.COL_APPROVED_STAFFING, reader);
        staffing.forEach(s -> columns.add(new Header(approved, s.label())));
        columns.add(new Header(approved, t(SupervisionText.COL_TOTAL, reader)));
        String basic = t(SupervisionText.COL_BASIC_USE_AREA, reader);
        columns.add(new Header(basic, t(SupervisionText.COL_OFFICES, reader)));
        columns.add(new Header(basic, t(SupervisionText.COL_SERVICE_ROOMS, reader)));
        columns.add(new Header(basic, t(SupervisionText.COL_EQUIPMENT_ROOMS, reader)));
        columns.add(new Header(basic, t(SupervisionText.COL_TOTAL, reader)));
        columns.add(new Header(null, t(SupervisionText.COL_ANCILLARY_BUILDING_AREA, reader)));
        columns.add(new Header(null, t(SupervisionText.COL_TITLE_REGISTRATION, reader)));
        columns.add(new Header(null, t(SupervisionText.COL_YEAR_BUILT, reader)));
        columns.add(new Header(null, t(SupervisionText.COL_LEASED, reader)));
        columns.add(new Header(null, t(SupervisionText.COL_REMARK, reader)));
        return columns;
    }

    /** The columns of 办公用房信息 that belong to the building, not the unit: merged down the building's rows. */
    static boolean buildingColumn(int column, int staffingColumns) {
        int afterStaffing = 9 + staffingColumns + 1 + 4 + 1;
        return column <= 6 || column >= afterStaffing && column <= afterStaffing + 2;
    }

    static List<Object> officeSpaceValues(OfficeSpaceRow row, List<StaffingColumn> staffing, Locale reader) {
        List<Object> values = new ArrayList<>();
        values.add(row.serial());
        values.add(row.address());
        values.add(row.divisionName());
        values.add(row.landArea());
        values.add(row.grossFloorArea());
        values.add(row.officeBuildingArea());
        values.add(row.technicalBuildingArea());
        values.add(row.agencyName());
        values.add(row.agencyCategory() == null ? null : Labels.of(row.agencyCategory(), reader));
        staffing.forEach(s -> values.add(row.approvedStaffing().getOrDefault(s.rankCode(), 0)));
        values.add(row.approvedStaffingTotal());
        values.add(row.officeUseArea());
        values.add(row.serviceUseArea());
        values.add(row.equipmentUseArea());
        values.add(row.basicUseArea());
        values.add(row.ancillaryBuildingArea());
        values.add(Labels.of(row.titleRegistration(), reader));
        values.add(row.yearBuilt());
        values.add(t(row.leased() ? SupervisionText.YES : SupervisionText.NO, reader));
        values.add(row.remark());
        return values;
    }

    static List<Object> officeSpaceTotals(OfficeSpaceTotals totals, List<StaffingColumn> staffing, Locale reader) {
        Figures f = totals.figures();
        List<Object> values = new ArrayList<>();
        values.add(t(SupervisionText.COL_TOTAL, reader));
        values.add(null);
        values.add(null);
        values.add(f.landArea());
        values.add(f.grossFloorArea());
        values.add(f.officeBuildingArea());
        values.add(f.technicalBuildingArea());
        values.add(totals.units());
        values.add(null);
        staffing.forEach(s -> values.add(totals.approvedStaffing().getOrDefault(s.rankCode(), 0)));
        values.add(f.approvedStaffing());
        values.add(f.officeUseArea());
        values.add(f.serviceUseArea());
        values.add(f.equipmentUseArea());
        values.add(f.basicUseArea());
        values.add(f.ancillaryBuildingArea());
        values.add(null);
        values.add(null);
        values.add(null);
        values.add(null);
        return values;
    }

    private static void officeSpaceSheet(Workbook workbook, Styles styles, StatisticsTables tables, Locale reader) {
        List<StaffingColumn> staffing = tables.officeSpace().staffingColumns();
        List<Header> columns = officeSpaceColumns(staffing, reader);
        Sheet sheet = workbook.createSheet(t(SupervisionText.TABLE_OFFICE_SPACE, reader));
        heading(sheet, styles, t(SupervisionText.TABLE_OFFICE_SPACE, reader), tables, columns.size(), reader);
        headers(sheet, styles, columns);
        int r = FIRST_DATA_ROW;
        List<OfficeSpaceRow> rows = tables.officeSpace().rows();
        int i = 0;
        while (i < rows.size()) {
            int j = i;
            while (j + 1 < rows.size() && rows.get(j + 1).buildingId().equals(rows.get(i).buildingId())) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                write(sheet.createRow(r + k - i), styles, officeSpaceValues(rows.get(k), staffing, reader));
            }
            if (j > i) {
                for (int c = 0; c < columns.size(); c++) {
                    if (buildingColumn(c, staffing.size())) {
                        sheet.addMergedRegion(new CellRangeAddress(r, r + j - i, c, c));
                    }
                }
            }
            r += j - i + 1;
            i = j + 1;
        }
        write(sheet.createRow(r), styles, officeSpaceTotals(tables.officeSpace().totals(), staffing, reader));
        widths(sheet, columns.size());
    }

    private static void technicalSheet(Workbook workbook, Styles styles, StatisticsTables tables, Locale reader) {
        List<Header> columns = List.of(new Header(null, t(SupervisionText.COL_SERIAL, reader)), new Header(null, t(SupervisionText.COL_ADDRESS, reader)),
                new Header(null, t(SupervisionText.COL_DIVISION, reader)), new Header(null, t(SupervisionText.COL_LAND_AREA, reader)),
                new Header(null, t(SupervisionText.COL_GROSS_FLOOR_AREA, reader)), new Header(null, t(SupervisionText.COL_MAIN_UNIT, reader)),
                new Header(null, t(SupervisionText.COL_TITLE_REGISTRATION, reader)), new Header(null, t(SupervisionText.COL_YEAR_BUILT, reader)),
                new Header(null, t(SupervisionText.COL_REMARK, reader)));
        Sheet sheet = workbook.createSheet(t(SupervisionText.TABLE_TECHNICAL_SPACE, reader));
        heading(sheet, styles, t(SupervisionText.TABLE_TECHNICAL_SPACE, reader), tables, columns.size(), reader);
        headers(sheet, styles, columns);
        int r = FIRST_DATA_ROW;
        BigDecimal land = Areas.ZERO;
        BigDecimal gross = Areas.ZERO;
        for (TechnicalSpaceRow row : tables.technicalSpace().rows()) {
            List<Object> values = new ArrayList<>(List.of(row.serial()));
            values.add(row.address());
            values.add(row.divisionName());
            values.add(row.landArea());
            values.add(row.grossFloorArea());
            values.add(row.mainUnit());
            values.add(Labels.of(row.titleRegistration(), reader));
            values.add(row.yearBuilt());
            values.add(row.remark());
            write(sheet.createRow(r++), styles, values);
            land = land.add(Areas.of(row.landArea()));
            gross = gross.add(row.grossFloorArea());
        }
        List<Object> totals = new ArrayList<>();
        totals.add(t(SupervisionText.COL_TOTAL, reader));
        totals.add(null);
        totals.add(null);
        totals.add(land);
        totals.add(gross);
        write(sheet.createRow(r), styles, totals);
        widths(sheet, columns.size());
    }

    private static void constructionSheet(Workbook workbook, Styles styles, StatisticsTables tables, Locale reader) {
        List<Header> columns = List.of(new Header(null, t(SupervisionText.COL_SERIAL, reader)), new Header(null, t(SupervisionText.COL_PROJECT_NAME, reader)),
                new Header(null, t(SupervisionText.COL_APPROVING_DEPARTMENT, reader)), new Header(null, t(SupervisionText.COL_BUILDER, reader)),
                new Header(null, t(SupervisionText.COL_MAIN_UNIT, reader)), new Header(null, t(SupervisionText.COL_ADDRESS, reader)),
                new Header(null, t(SupervisionText.COL_SCALE, reader)), new Header(null, t(SupervisionText.COL_INVESTMENT, reader)),
                new Header(null, t(SupervisionText.COL_REMARK, reader)));
        Sheet sheet = workbook.createSheet(t(SupervisionText.TABLE_CONSTRUCTION, reader));
        heading(sheet, styles, t(SupervisionText.TABLE_CONSTRUCTION, reader), tables, columns.size(), reader);
        headers(sheet, styles, columns);
        int r = FIRST_DATA_ROW;
        for (ConstructionRow row : tables.constructionProjects().rows()) {
            List<Object> values = new ArrayList<>(List.of(row.serial()));
            values.add(row.projectName());
            values.add(row.approvingDepartment());
            values.add(row.builder());
            values.add(row.mainUnit());
            values.add(row.site());
            values.add(row.scale());
            values.add(Areas.tenThousands(row.estimatedInvestment()));
            values.add(row.remark());
            write(sheet.createRow(r++), styles, values);
        }
        Figures f = tables.officeSpace().totals().figures();
        List<Object> totals = new ArrayList<>();
        totals.add(t(SupervisionText.COL_TOTAL, reader));
        for (int c = 1; c < 6; c++) {
            totals.add(null);
        }
        totals.add(f.constructionScale());
        totals.add(Areas.tenThousands(f.constructionInvestment()));
        write(sheet.createRow(r), styles, totals);
        widths(sheet, columns.size());
    }

    private static void divisionSheet(Workbook workbook, Styles styles, StatisticsTables tables, Locale reader) {
        List<Header> columns = List.of(new Header(null, t(SupervisionText.COL_DIVISION_NAME, reader)), new Header(null, t(SupervisionText.COL_LEVEL, reader)),
                new Header(null, t(SupervisionText.COL_STATISTICAL_CODE, reader)), new Header(null, t(SupervisionText.COL_FILLED_BY, reader)),
                new Header(null, t(SupervisionText.COL_PHONE, reader)), new Header(null, t(SupervisionText.COL_FILLED_ON, reader)));
        Sheet sheet = workbook.createSheet(t(SupervisionText.TABLE_DIVISION, reader));
        heading(sheet, styles, t(SupervisionText.TABLE_DIVISION, reader), tables, columns.size(), reader);
        headers(sheet, styles, columns);
        var d = tables.division();
        List<Object> values = new ArrayList<>();
        values.add(d.name());
        values.add(Labels.level(d.level(), reader));
        values.add(d.statisticalCode());
        values.add(d.filledBy());
        values.add(d.phone());
        values.add(d.filledOn() == null ? null : d.filledOn().toString());
        write(sheet.createRow(FIRST_DATA_ROW), styles, values);
        widths(sheet, columns.size());
    }

    private static void heading(Sheet sheet, Styles styles, String title, StatisticsTables tables, int width, Locale reader) {
        Cell cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
        sheet.createRow(1).createCell(0).setCellValue(SupervisionText.SHEET_CAPTION.with(tables.division().name(), tables.division().statisticalCode(),
                tables.asOf()).render(reader));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, width - 1));
    }

    /** Two header rows: a grouped column's group above its name, merged across the group; any other header merged down both rows. */
    private static void headers(Sheet sheet, Styles styles, List<Header> columns) {
        Row top = sheet.createRow(2);
        Row bottom = sheet.createRow(3);
        int c = 0;
        while (c < columns.size()) {
            Header h = columns.get(c);
            if (h.group() == null) {
                cell(top, c, h.name(), styles.header);
                cell(bottom, c, null, styles.header);
                sheet.addMergedRegion(new CellRangeAddress(2, 3, c, c));
                c++;
                continue;
            }
            int end = c;
            while (end + 1 < columns.size() && h.group().equals(columns.get(end + 1).group())) {
                end++;
            }
            for (int k = c; k <= end; k++) {
                cell(top, k, k == c ? h.group() : null, styles.header);
                cell(bottom, k, columns.get(k).name(), styles.header);
            }
            if (end > c) {
                sheet.addMergedRegion(new CellRangeAddress(2, 2, c, end));
            }
            c = end + 1;
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        if (text != null) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
    }

    private static void write(Row row, Styles styles, List<Object> values) {
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            Cell cell = row.createCell(c);
            if (value instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
                cell.setCellStyle(styles.area);
            } else if (value instanceof Integer n) {
                cell.setCellValue(n);
                cell.setCellStyle(styles.text);
            } else {
                if (value != null) {
                    cell.setCellValue(value.toString());
                }
                cell.setCellStyle(styles.text);
            }
        }
    }

    private static void widths(Sheet sheet, int columns) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
    }

    private static String t(SupervisionText key, Locale reader) {
        return key.with().render(reader);
    }

    /** The few cell styles of the template: bordered cells, areas with two decimals, bold centred headers. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle area;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
            title.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(workbook);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered(workbook);
            area = bordered(workbook);
            area.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }
}
