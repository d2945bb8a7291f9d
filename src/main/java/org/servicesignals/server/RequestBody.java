package org.servicesignals.server;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.io.EofException;

/**
 * A JSON request body, checked before it is parsed: the content type is {@code application/json}
 * (UTF-8 or no charset, else 415) and it is not compressed (415), the body is no longer than the limit (413: from the declared
 * length before a byte is read, or as soon as a chunked body passes it), it arrives before the
 * request's deadline (408), whole (400 when it ends early or its chunks are broken), and it is
 * valid UTF-8 (400, naming the first bad byte's offset).
 */
final class RequestBody {
  private RequestBody() {}

  static String readJson(Context ctx, long maxBytes, long deadlineNanos) {
    requireJson(ctx.header("Content-Type"));
    uncompressed(ctx, "the JSON");
    return utf8(read(ctx, maxBytes, deadlineNanos));
  }

  /**
   * A file's bytes, as they are: any {@code Content-Type} but a form or JSON (the file's name says
   * what it holds), not compressed, within the limit and the deadline.
   */
  static byte[] readFile(Context ctx, long maxBytes, long deadlineNanos) {
    String contentType = ctx.header("Content-Type");
    if (contentType == null || contentType.isBlank()) {
      throw ApiError.of(415, "unsupported_media_type", "no Content-Type: send the file as application/octet-stream")
          .with("Accept-Post", UPLOAD);
    }
    String type = MimeTypes.getContentTypeWithoutCharset(contentType).strip().toLowerCase(Locale.ROOT);
    if (type.startsWith("multipart/") || type.equals("application/x-www-form-urlencoded")
        || type.equals("application/json")) {
      throw ApiError.of(415, "unsupported_media_type", "Content-Type is '" + clip(contentType)
          + "': send the file's bytes as the body, as application/octet-stream, its name in ?name=")
          .with("Accept-Post", UPLOAD);
    }
    uncompressed(ctx, "the file");
    return read(ctx, maxBytes, deadlineNanos);
  }

  private static final String UPLOAD = "application/octet-stream, text/plain";

  private static void uncompressed(Context ctx, String what) {
    String encoding = ctx.header("Content-Encoding");
    if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
      throw ApiError.of(415, "unsupported_media_type", "Content-Encoding '" + clip(encoding)
          + "' is not read: send " + what + " as it is").with("Accept-Encoding", "identity");
    }
  }

  static void requireJson(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      throw ApiError.of(415, "unsupported_media_type",
          "no Content-Type: send the body as application/json (UTF-8)").with("Accept-Post", "application/json");
    }
    String type = MimeTypes.getContentTypeWithoutCharset(contentType).strip().toLowerCase(Locale.ROOT);
    int semi = type.indexOf(';');
    if (semi >= 0) {
      type = type.substring(0, semi).strip();
    }
    String charset = MimeTypes.getCharsetFromContentType(contentType);
    if (!type.equals("application/json")) {
      throw ApiError.of(415, "unsupported_media_type", "Content-Type is '" + clip(contentType)
          + "': send the body as application/json (UTF-8)").with("Accept-Post", "application/json");
    }
    if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
      throw ApiError.of(415, "unsupported_media_type", "the body's charset is '" + clip(charset)
          + "': JSON is read as UTF-8 only").with("Accept-Post", "application/json");
    }
  }

  private static byte[] read(Context ctx, long maxBytes, long deadlineNanos) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      drain(ctx, declared, maxBytes, deadlineNanos);
      throw tooLarge(maxBytes);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
    byte[] chunk = new byte[8192];
    try {
      InputStream in = ctx.req().getInputStream();
      for (int n; (n = in.read(chunk)) != -1; ) {
        if (out.size() + (long) n > maxBytes) {
          throw tooLarge(maxBytes);
        }
        out.write(chunk, 0, n);
        if (System.nanoTime() > deadlineNanos) { // trickled in: a slow body holds a thread, so it is bounded
          throw slow();
        }
      }
    } catch (IOException e) {
      if (cause(e, TimeoutException.class) != null) {
        throw slow();
      }
      HttpException http = cause(e, HttpException.class);
      if (http != null && cause(e, EofException.class) == null) { // a body Jetty could not read: a bad chunk, a bad length
        throw ApiError.of(http.getCode(), ErrorBody.code(http.getCode()), ErrorBody.message(http.getCode(), http.getReason()));
      }
      throw ApiError.of(400, "incomplete_body",
          "the request body ended before its declared length, or its chunked encoding is broken");
    }
    return out.toByteArray();
  }

  /** The body as text; 400 with the offset of the first byte that is not UTF-8. A leading byte-order mark is dropped. */
  static String utf8(byte[] body) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    CharBuffer out = CharBuffer.allocate(body.length);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      throw ApiError.of(400, "invalid_utf8", String.format(Locale.ROOT,
          "the body is not valid UTF-8: byte %,d (0x%02X) starts no character", in.position(), body[in.position()] & 0xff));
    }
    try {
      r = decoder.flush(out);
      if (r.isError()) {
        r.throwException();
      }
    } catch (CharacterCodingException e) {
      throw ApiError.of(400, "invalid_utf8", "the body is not valid UTF-8: it ends inside a character");
    }
    out.flip();
    if (out.hasRemaining() && out.get(0) == '\uFEFF') {
      out.position(1);
    }
    return out.toString();
  }

  /**
   * Reads and drops a body declared a little over the limit (up to twice it, for a second at most),
   * so that a proxy still sending it reads the 413 rather than a reset connection; a larger or
   * slower one is not waited for.
   */
  private static void drain(Context ctx, long declared, long maxBytes, long deadlineNanos) {
    if (declared > 2 * maxBytes) {
      return;
    }
    long until = Math.min(deadlineNanos, System.nanoTime() + 1_000_000_000L);
    byte[] chunk = new byte[8192];
    try {
      InputStream in = ctx.req().getInputStream();
      while (System.nanoTime() < until && in.read(chunk) != -1) {
        // dropped
      }
    } catch (IOException | RuntimeException e) {
      // the 413 is answered whatever happened to the rest of the body
    }
  }

  private static ApiError tooLarge(long maxBytes) {
    return ApiError.of(413, "body_too_large",
        String.format(Locale.ROOT, "the request body is over the limit of %,d bytes: send fewer or shorter messages", maxBytes));
  }

  private static ApiError slow() {
    return ApiError.of(408, "request_timeout", "the request body did not arrive within the request timeout")
        .with("Connection", "close");
  }

  private static <T> T cause(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }

  static String clip(String s) {
    String shown = s.length() > 80 ? s.substring(0, 80) + "…" : s;
    StringBuilder b = new StringBuilder(shown.length());
    shown.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp)) {
        b.append(String.format(Locale.ROOT, "\\u%04X", cp));
      } else {
        b.appendCodePoint(cp);
      }
    });
    return b.toString();
  }
}
