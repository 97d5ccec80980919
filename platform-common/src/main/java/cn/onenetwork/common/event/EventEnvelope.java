package cn.onenetwork.common.event;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * A CloudEvents 1.0 event in Kafka binary mode: attributes travel as {@code ce_*} headers, the
 * payload (the full new state of the aggregate, as JSON) is the record value.
 */
public record EventEnvelope(
        UUID id,
        String type,
        String source,
        String subject,
        OffsetDateTime time,
        String requestId,
        String payload) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";
    public static final String H_SPEC_VERSION = "ce_specversion";
    public static final String H_ID = "ce_id";
    public static final String H_TYPE = "ce_type";
    public static final String H_SOURCE = "ce_source";
    public static final String H_SUBJECT = "ce_subject";
    public static final String H_TIME = "ce_time";
    public static final String H_CONTENT_TYPE = "content-type";
    public static final String H_REQUEST_ID = "x-request-id";

    public Headers toHeaders() {
        RecordHeaders headers = new RecordHeaders();
        put(headers, H_SPEC_VERSION, SPEC_VERSION);
        put(headers, H_ID, id.toString());
        put(headers, H_TYPE, type);
        put(headers, H_SOURCE, source);
        put(headers, H_SUBJECT, subject);
        put(headers, H_TIME, time.toString());
        put(headers, H_CONTENT_TYPE, CONTENT_TYPE);
        if (requestId != null) {
            put(headers, H_REQUEST_ID, requestId);
        }
        return headers;
    }

    /** Reads an event from a record; a record that is not a valid CloudEvent is rejected with the reason. */
    public static EventEnvelope fromRecord(Headers headers, String value) {
        String specVersion = text(headers, H_SPEC_VERSION);
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new InvalidEventException("ce_specversion must be 1.0 but was " + specVersion);
        }
        String id = required(headers, H_ID);
        UUID eventId;
        try {
            eventId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("ce_id is not a UUID: " + id);
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(required(headers, H_TIME));
        } catch (RuntimeException e) {
            throw new InvalidEventException("ce_time is not an RFC 3339 timestamp");
        }
        if (value == null) {
            throw new InvalidEventException("the event has no payload");
        }
        return new EventEnvelope(eventId, required(headers, H_TYPE), required(headers, H_SOURCE),
                text(headers, H_SUBJECT), time, text(headers, H_REQUEST_ID), value);
    }

    private static String required(Headers headers, String name) {
        String value = text(headers, name);
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("missing header " + name);
        }
        return value;
    }

    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    public static class InvalidEventException extends RuntimeException {
        public InvalidEventException(String message) {
            super(message);
        }
    }
}
