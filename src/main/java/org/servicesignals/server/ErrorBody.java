package org.servicesignals.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The one shape every error takes on the wire, whoever answers — a handler, the router, or Jetty
 * itself for a request it could not parse: {@code {"error": {"status": 413, "code":
 * "body_too_large", "message": "...", "field": "..."}}}, UTF-8, never HTML, never a stack trace.
 */
final class ErrorBody {
  static final String CONTENT_TYPE = "application/json; charset=utf-8";
  /** UTF-8 as it is: an emoji is four bytes, not two escaped surrogates. */
  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  private ErrorBody() {}

  static byte[] of(ApiError e) {
    return of(e.status(), e.code(), e.getMessage(), e.field());
  }

  static byte[] of(int status, String code, String message, String field) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(160);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeObjectFieldStart("error");
      g.writeNumberField("status", status);
      g.writeStringField("code", code);
      g.writeStringField("message", message);
      if (field != null) {
        g.writeStringField("field", field);
      }
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toByteArray();
  }

  /** The code for a status nothing more specific was said about: 431 "headers_too_large". */
  static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 408 -> "request_timeout";
      case 411 -> "length_required";
      case 413 -> "body_too_large";
      case 414 -> "uri_too_long";
      case 415 -> "unsupported_media_type";
      case 417 -> "expectation_failed";
      case 422 -> "unprocessable";
      case 431 -> "headers_too_large";
      case 500 -> "internal_error";
      case 501 -> "not_implemented";
      case 503 -> "unavailable";
      case 504 -> "timeout";
      case 505 -> "http_version_not_supported";
      default -> status >= 500 ? "server_error" : "http_" + status;
    };
  }

  /** A message for a status when there is nothing more to say: "request header fields too large". */
  static String message(int status, String reason) {
    if (reason != null && !reason.isBlank()) {
      return reason;
    }
    String text = org.eclipse.jetty.http.HttpStatus.getMessage(status);
    return text == null ? "HTTP " + status : text.toLowerCase(Locale.ROOT);
  }
}
