package org.servicesignals.server;

import java.util.function.BiConsumer;

/**
 * Headers on every response: the browser takes each response as the type it says (no sniffing a
 * JSON body into HTML), runs only scripts and styles served from here (no inline script, no CDN),
 * is not framed, and sends no referrer off the page.
 */
final class SecurityHeaders {
  static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'");

  private SecurityHeaders() {}

  static void apply(BiConsumer<String, String> header) {
    header.accept("X-Content-Type-Options", "nosniff");
    header.accept("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    header.accept("Referrer-Policy", "no-referrer");
    header.accept("X-Frame-Options", "DENY");
  }
}
