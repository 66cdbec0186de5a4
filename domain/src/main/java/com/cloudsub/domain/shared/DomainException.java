package com.cloudsub.domain.shared;

/**
 * A rule of the domain refused an operation. The {@link Kind} tells the edge how to answer
 * (400 invalid, 404 not found, 409 state conflict, 422 business rule refused); the code is stable
 * and the field, when known, names the input that caused it.
 */
public class DomainException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT, REFUSED }

    private final Kind kind;
    private final String code;
    private final String field;
    private final java.util.Map<String, Object> details;

    public DomainException(Kind kind, String code, String field, String message) {
        this(kind, code, field, message, java.util.Map.of());
    }

    public DomainException(Kind kind, String code, String field, String message, java.util.Map<String, Object> details) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.details = java.util.Map.copyOf(details);
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(Kind.INVALID, "invalid-" + codeOf(field), field, message);
    }

    public static DomainException notFound(String field, String message) {
        return new DomainException(Kind.NOT_FOUND, "unknown-" + codeOf(field), field, message);
    }

    public static DomainException refused(String code, String field, String message) {
        return new DomainException(Kind.REFUSED, code, field, message);
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(Kind.CONFLICT, code, null, message);
    }

    /** A state conflict that also tells the caller facts it can act on (e.g. the current state and the allowed actions). */
    public static DomainException conflict(String code, String message, java.util.Map<String, Object> details) {
        return new DomainException(Kind.CONFLICT, code, null, message, details);
    }

    /** A stable code from a field path: {@code usage[3].unit} → {@code usage.unit}. */
    private static String codeOf(String field) {
        return field.replaceAll("\\[\\d+]", "").replaceAll("[^A-Za-z0-9.-]", "-");
    }

    /** Further facts for the caller, added to the problem response as properties (none unless given). */
    public java.util.Map<String, Object> details() {
        return details;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** The input field at fault, or null when the refusal is not about one field. */
    public String field() {
        return field;
    }
}
