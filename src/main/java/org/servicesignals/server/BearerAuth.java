package org.servicesignals.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Asks every request it guards for {@code Authorization: Bearer <token>} (RFC 6750): 401 with
 * {@code WWW-Authenticate} when it is missing or wrong. The token is compared as SHA-256 digests
 * with {@link MessageDigest#isEqual}, which takes the same time wherever two digests differ, so
 * neither the token's characters nor its length can be found by timing the answers.
 */
final class BearerAuth implements Handler {
  static final String REALM = "service-signals";
  private final byte[] expected;

  BearerAuth(String token) {
    this.expected = sha256(token);
  }

  @Override
  public void handle(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null) {
      throw ApiError.of(401, "unauthorized", "this server asks for a bearer token: send 'Authorization: Bearer <token>'")
          .with("WWW-Authenticate", "Bearer realm=\"" + REALM + "\"");
    }
    String given = header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    if (given == null || !MessageDigest.isEqual(expected, sha256(given))) {
      throw ApiError.of(401, "invalid_token", "the bearer token is not this server's")
          .with("WWW-Authenticate", "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
    }
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
