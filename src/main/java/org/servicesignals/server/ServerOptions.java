package org.servicesignals.server;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.servicesignals.classify.BatchOptions;

/**
 * How {@link ApiServer} listens and what it accepts.
 *
 * @param host address to bind; 127.0.0.1 unless the caller wants the network
 * @param port TCP port; 0 picks a free one ({@link ApiServer#port()} says which)
 * @param threads requests classified at the same time (a core each)
 * @param queue requests that may wait for a free classifier; one more is answered 503
 * @param maxBodyBytes longest request body; a longer one is answered 413
 * @param maxBatch most messages in one request; more are answered 413
 * @param maxChars longest message text in UTF-16 units, as {@code classify --max-chars}; longer is 422
 * @param requestTimeout longest a request may take, from its first byte to its answer; also how long
 *     a connection may stay silent
 * @param token the bearer token every API request must carry; empty means none is asked
 * @param staticRoot classpath folder served at {@code /}
 */
public record ServerOptions(String host, int port, int threads, int queue, long maxBodyBytes, int maxBatch,
    int maxChars, Duration requestTimeout, Optional<String> token, String staticRoot) {
  public static final String HOST = "127.0.0.1";
  public static final int PORT = 8080;
  /**
   * Enough waiting room for a few hundred clients each with a request outstanding; more waiting
   * would only add latency past any sensible client timeout at a few thousand requests a second.
   */
  public static final int QUEUE = 256;
  /** 1 MiB: a thousand-message batch of survey answers, or one message at the longest in any script. */
  public static final long MAX_BODY_BYTES = 1 << 20;
  public static final int MAX_BATCH = 1000;
  public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  public static final String STATIC_ROOT = "/web";

  public ServerOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(staticRoot, "staticRoot");
    require(port >= 0 && port <= 65535, "--port must be between 0 and 65535, not " + port);
    require(threads >= 1 && threads <= BatchOptions.MAX_THREADS,
        "--threads must be between 1 and " + BatchOptions.MAX_THREADS + ", not " + threads);
    require(queue >= 0 && queue <= 100_000, "--queue must be between 0 and 100000, not " + queue);
    require(maxBodyBytes >= 64 && maxBodyBytes <= (1L << 30), "--max-body-bytes must be between 64 and 1073741824, not "
        + maxBodyBytes);
    require(maxBatch >= 1 && maxBatch <= 1_000_000, "--max-batch must be between 1 and 1000000, not " + maxBatch);
    require(maxChars >= 1, "--max-chars must be at least 1, not " + maxChars);
    require(!requestTimeout.isNegative() && !requestTimeout.isZero() && requestTimeout.compareTo(Duration.ofHours(1)) <= 0,
        "--request-timeout must be more than 0 and at most an hour, not " + requestTimeout);
    token.ifPresent(t -> require(!t.isEmpty() && t.chars().allMatch(c -> c > 0x20 && c < 0x7f),
        "the token must be printable ASCII with no spaces (RFC 6750 b64token)"));
  }

  /** Listening on {@code host:port}, everything else at its default. */
  public static ServerOptions defaults(String host, int port) {
    return new ServerOptions(host, port, Runtime.getRuntime().availableProcessors(), QUEUE, MAX_BODY_BYTES, MAX_BATCH,
        BatchOptions.MAX_CHARS, REQUEST_TIMEOUT, Optional.empty(), STATIC_ROOT);
  }

  public ServerOptions withThreads(int n, int waiting) {
    return new ServerOptions(host, port, n, waiting, maxBodyBytes, maxBatch, maxChars, requestTimeout, token, staticRoot);
  }

  public ServerOptions withLimits(long bodyBytes, int batch, int chars) {
    return new ServerOptions(host, port, threads, queue, bodyBytes, batch, chars, requestTimeout, token, staticRoot);
  }

  public ServerOptions withRequestTimeout(Duration timeout) {
    return new ServerOptions(host, port, threads, queue, maxBodyBytes, maxBatch, maxChars, timeout, token, staticRoot);
  }

  public ServerOptions withToken(String bearer) {
    return new ServerOptions(host, port, threads, queue, maxBodyBytes, maxBatch, maxChars, requestTimeout,
        Optional.ofNullable(bearer), staticRoot);
  }

  public ServerOptions withStaticRoot(String classpathFolder) {
    return new ServerOptions(host, port, threads, queue, maxBodyBytes, maxBatch, maxChars, requestTimeout, token,
        classpathFolder);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  @Override
  public String toString() { // the token stays out of logs
    return "ServerOptions[" + host + ":" + port + ", threads=" + threads + ", queue=" + queue + ", maxBodyBytes="
        + maxBodyBytes + ", maxBatch=" + maxBatch + ", maxChars=" + maxChars + ", requestTimeout=" + requestTimeout
        + ", token=" + (token.isPresent() ? "(set)" : "(none)") + ", staticRoot=" + staticRoot + "]";
  }
}
