package org.servicesignals.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request the server answers with an error: the HTTP status, a stable machine-readable code, a
 * message for a person, the request field at fault (if one is), and headers that go with the
 * status ({@code Allow}, {@code Retry-After}, {@code WWW-Authenticate}). Written to the wire by
 * {@link ErrorBody} as {@code {"error": {"status", "code", "message", "field"?}}}.
 */
final class ApiError extends RuntimeException {
  private final int status;
  private final String code;
  private final String field;
  private final Map<String, String> headers;

  ApiError(int status, String code, String message, String field, Map<String, String> headers) {
    super(Objects.requireNonNull(message, "message"), null, false, false); // no stack: never shown, never needed
    this.status = status;
    this.code = Objects.requireNonNull(code, "code");
    this.field = field;
    this.headers = Map.copyOf(headers);
  }

  static ApiError of(int status, String code, String message) {
    return new ApiError(status, code, message, null, Map.of());
  }

  /** 400 for the request field at {@code field} ({@code messages[3].text}). */
  static ApiError badField(String code, String field, String message) {
    return new ApiError(400, code, message, field, Map.of());
  }

  /** This error with one more response header. */
  ApiError with(String header, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(header, value);
    return new ApiError(status, code, getMessage(), field, h);
  }

  /** This error about {@code field}. */
  ApiError at(String field) {
    return new ApiError(status, code, getMessage(), field, headers);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  /** The request field at fault, or null. */
  String field() {
    return field;
  }

  Map<String, String> headers() {
    return headers;
  }
}
