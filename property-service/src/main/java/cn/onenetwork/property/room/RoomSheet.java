package cn.onenetwork.property.room;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The room sheet that bureaus fill in and export, as CSV or XLSX: one row a room. Parsing checks every cell and
 * names the row (as a spreadsheet numbers it, header = row 1) and the column of each problem.
 */
public final class RoomSheet {

    public static final List<String> COLUMNS = List.of("building_code", "floor", "number", "category", "use_area", "building_area",
            "function", "status", "status_since");
    private static final int MAX_ERRORS = 1000;

    private RoomSheet() {
    }

    public record Row(int row, String buildingCode, String floor, String number, RoomCategory category, BigDecimal useArea,
            BigDecimal buildingArea, String function, RoomStatus status, LocalDate statusSince) {
    }

    public record Error(int row, String column, String message, String value) {
    }

    public record Parsed(List<Row> rows, List<Error> errors, int rowsRead) {
    }

    /** Parses a CSV text (UTF-8, optionally with the BOM that spreadsheet programs write). */
    public static Parsed parseCsv(String text, LocalDate today) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Row> rows = new ArrayList<>();
        List<Error> errors = new ArrayList<>();
        try (Reader reader = new StringReader(body);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get().parse(reader)) {
            if (!headerIsValid(parser.getHeaderNames(), errors)) {
                return new Parsed(List.of(), errors, 0);
            }
            int read = 0;
            for (CSVRecord record : parser) {
                read++;
                int rowNumber = (int) record.getRecordNumber() + 1;
                if (!record.isConsistent()) {
                    errors.add(new Error(rowNumber, COLUMNS.get(0), "has " + record.size() + " cells; the header has " + COLUMNS.size(), null));
                    continue;
                }
                Row row = parseRow(rowNumber, record.toMap(), today, errors);
                if (row != null) {
                    rows.add(row);
                }
            }
            return new Parsed(rows, errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors, read);
        } catch (IOException | RuntimeException e) {
            errors.add(new Error(0, null, "the file is not valid CSV: " + e.getMessage(), null));
            return new Parsed(List.of(), errors, 0);
        }
    }

    /** Parses the first worksheet of an XLSX workbook: row 1 is the header, as in the CSV sheet. */
    public static Parsed parseXlsx(InputStream in, LocalDate today) {
        List<Row> rows = new ArrayList<>();
        List<Error> errors = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            org.apache.poi.ss.usermodel.Row header = sheet.getRow(sheet.getFirstRowNum());
            List<String> names = new ArrayList<>();
            if (header != null) {
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    names.add(cellText(header.getCell(c)));
                }
            }
            if (!headerIsValid(names, errors)) {
                return new Parsed(List.of(), errors, 0);
            }
            int read = 0;
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                org.apache.poi.ss.usermodel.Row excelRow = sheet.getRow(r);
                Map<String, String> cells = new java.util.HashMap<>();
                boolean blank = true;
                for (int c = 0; c < names.size(); c++) {
                    String value = excelRow == null ? "" : cellText(excelRow.getCell(c));
                    blank &= value.isBlank();
                    cells.put(names.get(c), value);
                }
                if (blank) {
                    continue;
                }
                read++;
                Row row = parseRow(r + 1, cells, today, errors);
                if (row != null) {
                    rows.add(row);
                }
            }
            return new Parsed(rows, errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors, read);
        } catch (IOException | RuntimeException e) {
            errors.add(new Error(0, null, "the file is not a readable XLSX workbook: " + e.getMessage(), null));
            return new Parsed(List.of(), errors, 0);
        }
    }

    private static boolean headerIsValid(List<String> header, List<Error> errors) {
        List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
        List<String> unknown = header.stream().filter(c -> !c.isBlank() && !COLUMNS.contains(c)).toList();
        if (missing.isEmpty() && unknown.isEmpty()) {
            return true;
        }
        errors.add(new Error(1, missing.isEmpty() ? unknown.get(0) : missing.get(0),
                "the header must name the columns " + COLUMNS + (missing.isEmpty() ? "" : "; missing " + missing)
                        + (unknown.isEmpty() ? "" : "; unknown " + unknown), null));
        return false;
    }

    /** A cell as the sheet means it: dates as ISO dates, numbers without binary noise, text trimmed. */
    private static String cellText(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue().trim();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }

    static Row parseRow(int row, Map<String, String> cells, LocalDate today, List<Error> errors) {
        int before = errors.size();
        String building = text(row, cells, "building_code", true, 40, errors);
        String floor = text(row, cells, "floor", true, 20, errors);
        String number = text(row, cells, "number", true, 40, errors);
        RoomCategory category = choice(row, cells, "category", RoomCategory.class, null, errors);
        BigDecimal useArea = area(row, cells, "use_area", true, errors);
        BigDecimal buildingArea = area(row, cells, "building_area", false, errors);
        String function = text(row, cells, "function", false, 100, errors);
        RoomStatus status = choice(row, cells, "status", RoomStatus.class, RoomStatus.IN_USE, errors);
        LocalDate since = date(row, cells, "status_since", today, errors);
        if (errors.size() > before) {
            return null;
        }
        return new Row(row, building, floor, number, category, useArea, buildingArea, function, status, since);
    }

    private static String text(int row, Map<String, String> cells, String column, boolean required, int max, List<Error> errors) {
        String value = cells.get(column);
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new Error(row, column, "is required", value));
            }
            return null;
        }
        if (value.length() > max) {
            errors.add(new Error(row, column, "is longer than " + max + " characters", value));
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(int row, Map<String, String> cells, String column, Class<E> type, E fallback, List<Error> errors) {
        String value = cells.get(column);
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                errors.add(new Error(row, column, "is required", value));
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Error(row, column, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")), value));
            return null;
        }
    }

    private static BigDecimal area(int row, Map<String, String> cells, String column, boolean required, List<Error> errors) {
        String value = cells.get(column);
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new Error(row, column, "is required", value));
            }
            return null;
        }
        try {
            BigDecimal area = new BigDecimal(value);
            if (area.signum() <= 0) {
                errors.add(new Error(row, column, "must be greater than 0", value));
            } else if (area.scale() > 2) {
                errors.add(new Error(row, column, "has more than two decimals (areas are m² with two decimals)", value));
            } else if (area.precision() - area.scale() > 8) {
                errors.add(new Error(row, column, "is too large", value));
            }
            return area;
        } catch (NumberFormatException e) {
            errors.add(new Error(row, column, "is not a number (write 18.50, no unit)", value));
            return null;
        }
    }

    private static LocalDate date(int row, Map<String, String> cells, String column, LocalDate today, List<Error> errors) {
        String value = cells.get(column);
        if (value == null || value.isBlank()) {
            return today;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isAfter(today)) {
                errors.add(new Error(row, column, "is in the future", value));
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new Error(row, column, "is not a date (write 2024-03-01)", value));
            return null;
        }
    }

    /** Writes rooms as an XLSX workbook with the sheet's columns; areas are numbers with two decimals, dates are dates. */
    public static void writeXlsx(OutputStream out, List<Row> rows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("rooms");
            CellStyle area = workbook.createCellStyle();
            area.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
            }
            int r = 1;
            for (Row room : rows) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(room.buildingCode());
                row.createCell(1).setCellValue(room.floor());
                row.createCell(2).setCellValue(room.number());
                row.createCell(3).setCellValue(room.category().name());
                Cell use = row.createCell(4);
                use.setCellValue(room.useArea().doubleValue());
                use.setCellStyle(area);
                if (room.buildingArea() != null) {
                    Cell building = row.createCell(5);
                    building.setCellValue(room.buildingArea().doubleValue());
                    building.setCellStyle(area);
                }
                row.createCell(6).setCellValue(room.function() == null ? "" : room.function());
                row.createCell(7).setCellValue(room.status().name());
                Cell since = row.createCell(8);
                since.setCellValue(room.statusSince());
                since.setCellStyle(date);
            }
            workbook.write(out);
        }
    }

    /** Writes rooms in the same columns, so that an export can be edited and imported again. */
    public static void writeCsv(Appendable out, List<Row> rows) throws IOException {
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out)) {
            for (Row r : rows) {
                printer.printRecord(r.buildingCode(), r.floor(), r.number(), r.category(), r.useArea().toPlainString(),
                        r.buildingArea() == null ? "" : r.buildingArea().toPlainString(), r.function() == null ? "" : r.function(),
                        r.status(), r.statusSince());
            }
        }
    }
}
