package cn.onenetwork.property.sheet;

import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.property.i18n.PropertyText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the cells of one sheet row as typed values; every problem is added to the import's errors with row and column. */
public final class Cells {

    private final Sheet.Line line;
    private final List<Sheet.Error> errors;

    public Cells(Sheet.Line line, List<Sheet.Error> errors) {
        this.line = line;
        this.errors = errors;
    }

    public int row() {
        return line.row();
    }

    public void reject(String column, Text message) {
        errors.add(new Sheet.Error(line.row(), column, message, raw(column)));
    }

    /** The id of a record from an export, or null when the cell is blank (a new record). */
    public UUID id(String column, PropertyText what) {
        String raw = raw(column);
        if (raw == null) {
            return null;
        }
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            reject(column, PropertyText.CELL_NOT_AN_ID.with(what.with()));
            return null;
        }
    }

    /** The cell's text, or null when blank. */
    public String raw(String column) {
        String value = line.cells().get(column);
        return value == null || value.isBlank() ? null : value;
    }

    public String text(String column, boolean required, int max) {
        String value = raw(column);
        if (value == null) {
            if (required) {
                reject(column, PropertyText.CELL_REQUIRED.with());
            }
            return null;
        }
        if (value.length() > max) {
            reject(column, PropertyText.CELL_TOO_LONG.with(max));
        }
        return value;
    }

    /** @param fallback the value of a blank cell; null makes the cell required */
    public <E extends Enum<E>> E choice(String column, Class<E> type, E fallback) {
        String value = raw(column);
        if (value == null) {
            if (fallback == null) {
                reject(column, PropertyText.CELL_REQUIRED.with());
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reject(column, PropertyText.CELL_ONE_OF.with(Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    /** An area in m² with at most two decimals, greater than 0. */
    public BigDecimal area(String column, boolean required, int maxIntegerDigits) {
        return decimal(column, required, 2, maxIntegerDigits, BigDecimal.ZERO, null, PropertyText.HINT_AREA);
    }

    /** A number greater than {@code above} and at most {@code atMost} (when given). */
    public BigDecimal decimal(String column, boolean required, int maxScale, int maxIntegerDigits, BigDecimal above, BigDecimal atMost, PropertyText hint) {
        String value = raw(column);
        if (value == null) {
            if (required) {
                reject(column, PropertyText.CELL_REQUIRED.with());
            }
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.compareTo(above) <= 0) {
                reject(column, PropertyText.CELL_GREATER_THAN.with(above));
            } else if (atMost != null && number.compareTo(atMost) > 0) {
                reject(column, PropertyText.CELL_AT_MOST.with(atMost));
            } else if (number.scale() > maxScale) {
                reject(column, PropertyText.CELL_TOO_MANY_DECIMALS.with(maxScale));
            } else if (number.precision() - number.scale() > maxIntegerDigits) {
                reject(column, PropertyText.CELL_TOO_LARGE.with());
            }
            return number;
        } catch (NumberFormatException e) {
            reject(column, PropertyText.CELL_NOT_A_NUMBER.with(hint.with()));
            return null;
        }
    }

    public Integer integer(String column, boolean required, int min, int max) {
        String value = raw(column);
        if (value == null) {
            if (required) {
                reject(column, PropertyText.CELL_REQUIRED.with());
            }
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                reject(column, PropertyText.CELL_BETWEEN.with(min, max));
            }
            return number;
        } catch (NumberFormatException e) {
            reject(column, PropertyText.CELL_NOT_WHOLE_NUMBER.with());
            return null;
        }
    }

    /** A date not after {@code latest}, or null for a blank cell (or an optional column the sheet leaves out). */
    public LocalDate optionalDate(String column, LocalDate latest) {
        return raw(column) == null ? null : date(column, null, latest);
    }

    /** A date not after {@code latest}; a blank cell is {@code fallback} (null makes it required). */
    public LocalDate date(String column, LocalDate fallback, LocalDate latest) {
        String value = raw(column);
        if (value == null) {
            if (fallback == null) {
                reject(column, PropertyText.CELL_REQUIRED.with());
            }
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isAfter(latest)) {
                reject(column, PropertyText.CELL_IN_FUTURE.with());
            }
            return date;
        } catch (DateTimeParseException e) {
            reject(column, PropertyText.CELL_NOT_A_DATE.with());
            return null;
        }
    }
}
