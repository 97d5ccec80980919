package cn.onenetwork.common.http;

import cn.onenetwork.common.i18n.PlatformText;
import cn.onenetwork.common.i18n.Text;
import cn.onenetwork.common.problem.ProblemException;
import cn.onenetwork.common.problem.Violation;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every query and path parameter is checked here, once for every operation, before any resource sees it: the JAX-RS
 * converters read {@code includeRetired=abc} as false, answer {@code minArea=abc} with 404, and let a NUL character
 * through to PostgreSQL, which refuses it with a 500. Here each of those is a 400 naming the parameter.
 */
public class StrictParameters {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    /** Plain decimals only: no exponent (1e309), no NaN or Infinity. */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

    private final Map<Method, List<Check>> checks = new ConcurrentHashMap<>();

    /** Before routing: characters and segments no operation accepts, in any parameter or the path. */
    @ServerRequestFilter(preMatching = true)
    public void refuseUnacceptableCharacters(ContainerRequestContext request) {
        String rawPath = request.getUriInfo().getRequestUri().getRawPath();
        for (String segment : rawPath.split("/")) {
            String decoded = decode(segment, "path", segment);
            if (decoded.indexOf('\0') >= 0) {
                throw invalid("path", segment, PlatformText.NUL_CHARACTER.with());
            }
            if (!segment.equals(decoded) && (decoded.equals(".") || decoded.equals(".."))) {
                throw invalid("path", segment, PlatformText.DOT_SEGMENT.with());
            }
        }
        String rawQuery = request.getUriInfo().getRequestUri().getRawQuery();
        if (rawQuery == null) {
            return;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), "query", pair);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), name, pair);
            if (name.indexOf('\0') >= 0 || value.indexOf('\0') >= 0) {
                throw invalid(name.replace("\0", "\\u0000"), value.replace("\0", "\\u0000"), PlatformText.NUL_CHARACTER.with());
            }
        }
    }

    /**
     * After routing: each declared query parameter's raw values against its Java type, strictly. A path that names no
     * record (a malformed id) stays a 404: no resource is at that address.
     */
    @ServerRequestFilter
    public void checkDeclaredTypes(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        for (Check check : checks.computeIfAbsent(method, StrictParameters::checksOf)) {
            List<String> values = request.getUriInfo().getQueryParameters().get(check.name());
            if (values == null) {
                continue;
            }
            for (String value : values) {
                Text problem = problem(check.type(), value);
                if (problem != null) {
                    throw invalid(check.name(), value, problem);
                }
            }
        }
    }

    private record Check(String name, Class<?> type) {
    }

    private static List<Check> checksOf(Method method) {
        List<Check> found = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            QueryParam query = p.getAnnotation(QueryParam.class);
            if (query != null) {
                found.add(new Check(query.value(), p.getType()));
            }
        }
        return List.copyOf(found);
    }

    /** Why the value is not of the type, or null when it is. */
    static Text problem(Class<?> type, String value) {
        if (type == boolean.class || type == Boolean.class) {
            return value.equals("true") || value.equals("false") ? null : PlatformText.MUST_BE_BOOLEAN.with();
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            if (!INTEGER.matcher(value).matches()) {
                return PlatformText.MUST_BE_WHOLE_NUMBER.with();
            }
            long number = Long.parseLong(value);
            boolean fits = type == long.class || type == Long.class || (number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE);
            return fits ? null : PlatformText.MUST_BE_WHOLE_NUMBER_BETWEEN.with(Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class) {
            return DECIMAL.matcher(value).matches() ? null : PlatformText.MUST_BE_DECIMAL.with();
        }
        if (type == UUID.class) {
            try {
                return UUID.fromString(value).toString().equalsIgnoreCase(value) ? null : PlatformText.MUST_BE_UUID.with();
            } catch (IllegalArgumentException e) {
                return PlatformText.MUST_BE_UUID.with();
            }
        }
        if (type == LocalDate.class) {
            try {
                LocalDate.parse(value);
                return null;
            } catch (DateTimeParseException e) {
                return PlatformText.MUST_BE_DATE.with();
            }
        }
        if (type.isEnum()) {
            return enumValue(type, value) ? null : PlatformText.MUST_BE_ONE_OF.with(Arrays.toString(type.getEnumConstants()));
        }
        return null;
    }

    /** A constant's name, or what the enum's own {@code fromString} accepts (JAX-RS converts with it too). */
    private static boolean enumValue(Class<?> type, String value) {
        if (Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(value))) {
            return true;
        }
        try {
            Method fromString = type.getMethod("fromString", String.class);
            return Modifier.isStatic(fromString.getModifiers()) && fromString.invoke(null, value) != null;
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            return false;
        }
    }

    private static String decode(String raw, String parameter, String whole) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(parameter, whole, PlatformText.NOT_PERCENT_ENCODED.with());
        }
    }

    private static ProblemException invalid(String parameter, String value, Text message) {
        String shown = value.length() > 200 ? value.substring(0, 200) + "…" : value;
        return ProblemException.badRequest("INVALID_PARAMETER", PlatformText.PARAMETER_INVALID.with(parameter, message),
                List.of(new Violation(parameter, message, shown)));
    }
}
