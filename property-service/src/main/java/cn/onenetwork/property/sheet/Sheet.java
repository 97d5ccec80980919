package cn.onenetwork.property.sheet;

import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.property.i18n.PropertyText;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The sheets bureaus fill in and export, as CSV or XLSX: a header row naming the columns, then one row a record.
 * Reading yields each row's cells by column name and the row number a spreadsheet shows (header = row 1), so that
 * every problem names its row and column; writing produces the same columns, so an export can be edited and imported again.
 * A header cell is the column's Chinese header (what exports and templates write) or its identifier (what English
 * sheets and earlier exports use); a row whose first cell starts with {@value #COMMENT} is a comment, as the
 * template's row naming each column's meaning and unit.
 */
public final class Sheet {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /**
     * Downloads answer whatever the Accept header asks for: the format parameter decides the sheet's type. Generated
     * clients send the operation's JSON media type (its errors' application/problem+json) as Accept even for a file.
     */
    public static final String ANY_FOR_DOWNLOAD = "*/*";
    static final int MAX_ERRORS = 1000;
    public static final String COMMENT = "#";

    private Sheet() {
    }

    /** A problem in an imported sheet, its message rendered only for the reader ({@link ErrorView}). */
    public record Error(int row, String column, Text message, String value) {

        public ErrorView in(Locale reader) {
            return new ErrorView(row, column, message.render(reader), value);
        }
    }

    @Schema(name = "SheetError", requiredProperties = {"row", "message"}, description = "A problem in an imported sheet: the row as a spreadsheet numbers it (header = 1) and the column.")
    public record ErrorView(@Schema(examples = "4323") int row, @Schema(examples = "use_area") String column,
            @Schema(description = "In the reader's language (Accept-Language; Chinese by default)", examples = "不是数字（请填写如 18.50，不带单位）") String message,
            @Schema(examples = "18,5") String value) {
    }

    /**
     * A column: the identifier the code and English sheets name it by, the Chinese header a bureau's Excel user reads, and
     * what it holds with its unit, for the template's comment row. The headers are the sheet's format, the same for every
     * reader, so that a sheet downloaded by one clerk imports for any other.
     */
    public record Column(String name, String header, String note) {
    }

    public static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }

    /** One data row: its spreadsheet row number and its cells by column name (blank cells are empty strings). */
    public record Line(int row, Map<String, String> cells) {
    }

    /** @param rowsRead data rows in the file, including those that could not be split into cells */
    public record Read(List<Line> lines, List<Error> errors, int rowsRead) {
    }

    /**
     * Reads an XLSX body when the content type says so or the bytes are a ZIP container (a generated client may label any
     * upload with the first media type of the operation), CSV otherwise (in the encoding {@link CsvText} decides).
     */
    public static Read read(String contentType, byte[] body, List<Column> columns, List<String> optionalColumns) {
        byte[] bytes = body == null ? new byte[0] : body;
        boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        return zip || contentType != null && contentType.startsWith(XLSX)
                ? readXlsx(new ByteArrayInputStream(bytes), columns, optionalColumns)
                : readCsv(CsvText.decode(contentType, bytes), columns, optionalColumns);
    }

    /** A CSV text, already decoded and without a byte-order mark. */
    static Read readCsv(String body, List<Column> columns, List<String> optionalColumns) {
        List<Line> lines = new ArrayList<>();
        List<Error> errors = new ArrayList<>();
        try (Reader reader = new StringReader(body);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get().parse(reader)) {
            List<String> names = canonical(parser.getHeaderNames(), columns);
            if (!headerIsValid(names, names(columns), optionalColumns, errors)) {
                return new Read(List.of(), errors, 0);
            }
            int read = 0;
            for (CSVRecord record : parser) {
                if (record.get(0).startsWith(COMMENT)) {
                    continue;
                }
                read++;
                int row = (int) record.getRecordNumber() + 1;
                if (record.isConsistent()) {
                    Map<String, String> cells = new HashMap<>();
                    for (int c = 0; c < names.size(); c++) {
                        cells.put(names.get(c), record.get(c));
                    }
                    lines.add(new Line(row, cells));
                } else {
                    errors.add(new Error(row, columns.get(0).name(), PropertyText.ROW_CELL_COUNT.with(record.size(), names.size()), null));
                }
            }
            return new Read(lines, errors, read);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(new Error(0, null, PropertyText.NOT_CSV.with(String.valueOf(e.getMessage())), null));
            return new Read(List.of(), errors, 0);
        }
    }

    /** The first worksheet of an XLSX workbook: row 1 is the header, as in the CSV sheet. */
    static Read readXlsx(InputStream in, List<Column> columns, List<String> optionalColumns) {
        List<Line> lines = new ArrayList<>();
        List<Error> errors = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            List<String> given = new ArrayList<>();
            if (header != null) {
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    given.add(cellText(header.getCell(c)));
                }
            }
            List<String> names = canonical(given, columns);
            if (!headerIsValid(names, names(columns), optionalColumns, errors)) {
                return new Read(List.of(), errors, 0);
            }
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row excelRow = sheet.getRow(r);
                Map<String, String> cells = new HashMap<>();
                boolean blank = true;
                for (int c = 0; c < names.size(); c++) {
                    String value = excelRow == null ? "" : cellText(excelRow.getCell(c));
                    blank &= value.isBlank();
                    cells.put(names.get(c), value);
                }
                if (!blank && !cellText(excelRow.getCell(0)).startsWith(COMMENT)) {
                    lines.add(new Line(r + 1, cells));
                }
            }
            return new Read(lines, errors, lines.size());
        } catch (IOException | RuntimeException e) {
            errors.add(new Error(0, null, PropertyText.NOT_XLSX.with(String.valueOf(e.getMessage())), null));
            return new Read(List.of(), errors, 0);
        }
    }

    /** The header as identifiers: a Chinese header becomes its column's identifier, anything else stays as written. */
    private static List<String> canonical(List<String> header, List<Column> columns) {
        return header.stream().map(h -> columns.stream().filter(c -> c.header().equals(h) || c.name().equals(h)).findFirst().map(Column::name).orElse(h))
                .toList();
    }

    private static boolean headerIsValid(List<String> header, List<String> columns, List<String> optionalColumns, List<Error> errors) {
        List<String> missing = columns.stream().filter(c -> !optionalColumns.contains(c) && !header.contains(c)).toList();
        List<String> unknown = header.stream().filter(c -> !c.isBlank() && !columns.contains(c)).toList();
        if (missing.isEmpty() && unknown.isEmpty()) {
            return true;
        }
        String named = String.join(", ", columns);
        Text message = missing.isEmpty() ? PropertyText.HEADER_UNKNOWN.with(named, String.join(", ", unknown))
                : unknown.isEmpty() ? PropertyText.HEADER_MISSING.with(named, String.join(", ", missing))
                : PropertyText.HEADER_MISSING_AND_UNKNOWN.with(named, String.join(", ", missing), String.join(", ", unknown));
        errors.add(new Error(1, missing.isEmpty() ? unknown.get(0) : missing.get(0), message, null));
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

    /** Keeps the report readable: the first problems are enough to fix a file. */
    public static List<Error> capped(List<Error> errors) {
        List<Error> sorted = new ArrayList<>(errors);
        sorted.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return sorted.size() > MAX_ERRORS ? sorted.subList(0, MAX_ERRORS) : sorted;
    }

    /** The rows as a download in the requested format: numbers as numbers (areas with two decimals), dates as dates. */
    public static Response download(SheetFormat format, String name, List<Column> columns, List<List<Object>> rows) {
        try {
            if (format == SheetFormat.XLSX) {
                return Response.ok(xlsx(name, columns, rows), XLSX).header("Content-Disposition", "attachment; filename=" + name + ".xlsx").build();
            }
            StringBuilder out = new StringBuilder();
            try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(columns.stream().map(Column::header).toArray(String[]::new)).get().print(out)) {
                for (List<Object> row : rows) {
                    printer.printRecord(row.stream().map(v -> v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString()).toList());
                }
            }
            return Response.ok(out.toString(), CSV + "; charset=UTF-8").header("Content-Disposition", "attachment; filename=" + name + ".csv").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An empty sheet to fill in: the headers, then a comment row saying what each column holds and in which unit. */
    public static Response template(SheetFormat format, String name, List<Column> columns) {
        List<Object> notes = new ArrayList<>(columns.stream().map(Column::note).toList());
        notes.set(0, COMMENT + notes.get(0));
        return download(format, name + "-template", columns, List.of(notes));
    }

    static byte[] xlsx(String name, List<Column> columns, List<List<Object>> rows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(name);
            CellStyle area = workbook.createCellStyle();
            area.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c).header());
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof BigDecimal d) {
                        cell.setCellValue(d.doubleValue());
                        if (d.scale() == 2) {
                            cell.setCellStyle(area);
                        }
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
