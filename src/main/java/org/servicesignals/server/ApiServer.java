package org.servicesignals.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.servicesignals.classify.BatchClassifier;
import org.servicesignals.classify.BatchOptions;
import org.servicesignals.classify.Classifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP JSON API on Javalin (Jetty): {@code POST /v1/classify}, {@code POST /v1/triage} (a file
 * or pasted text in, the support queue out), {@code GET /v1/models},
 * {@code GET /healthz}, {@code GET /metrics}, and the page's files from the classpath at {@code /}.
 * Every answer that is not a success is the JSON of {@link ErrorBody}, whoever gives it — a
 * handler, the router (404, 405 with {@code Allow}) or Jetty (a request it cannot parse); every
 * answer carries {@link SecurityHeaders}.
 *
 * <p>{@link #stop()} is graceful: the server stops accepting connections, answers requests that
 * arrive on open ones with 503, and lets the requests in flight finish, for up to the request
 * timeout.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  /** The API's routes and the method each takes. */
  static final Map<String, String> ROUTES = Map.of(
      "/v1/classify", "POST", "/v1/triage", "POST", "/v1/models", "GET", "/healthz", "GET", "/metrics", "GET");
  /** Threads Jetty needs beside the workers and the queue: acceptor, selector, and quick answers (health, 503s). */
  static final int SPARE_THREADS = 32;
  private static final String STARTED = "service-signals.started";
  /**
   * Beyond the request timeout: how long idle keep-alive connections have to close on stop, and how
   * much longer than the request timeout a quiet connection is kept (a request is answered at its
   * deadline first).
   */
  static final long GRACE_MILLIS = 2000;

  private final ServerOptions options;
  private final ServerMetrics metrics = new ServerMetrics();
  private final BatchClassifier plain;
  private final BatchClassifier explaining;
  private final Workers workers;
  private final boolean page;
  private final Javalin app;
  private final CountDownLatch stopped = new CountDownLatch(1);

  /**
   * A server for {@code classifier}, whose models and language detectors are all read and checked
   * here, before it listens: {@code /healthz} answering means ready, and a bad model stops the
   * server at start, not at the first request of its language.
   */
  public ApiServer(Classifier classifier, ServerOptions options) {
    classifier.loadAll();
    this.options = options;
    this.workers = new Workers(options.threads(), options.queue(), metrics);
    metrics.watch(workers::busy, workers::waiting);
    this.plain = new BatchClassifier(classifier, rows(false));
    this.explaining = new BatchClassifier(classifier, rows(true));
    this.page = ApiServer.class.getResource(options.staticRoot() + "/index.html") != null;
    ClassifyHandler classify = new ClassifyHandler(plain, explaining, workers, metrics, options);
    TriageHandler triage = new TriageHandler(explaining, workers, metrics, options);
    ModelsHandler models = new ModelsHandler(classifier.models());
    HealthHandler health = new HealthHandler(classifier.models());
    MetricsHandler scrape = new MetricsHandler(metrics);
    Optional<BearerAuth> auth = options.token().map(BearerAuth::new);
    this.app = Javalin.create(cfg -> {
      jetty(cfg);
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.startup.startupWatcherEnabled = false;
      cfg.http.prefer405over404 = true;
      cfg.http.maxRequestSize = options.maxBodyBytes();
      if (page) {
        cfg.staticFiles.add(files -> {
          files.hostedPath = "/";
          files.directory = options.staticRoot();
          files.location = Location.CLASSPATH;
          files.mimeTypes.add("text/javascript; charset=utf-8", "js", "mjs");
          files.mimeTypes.add("text/css; charset=utf-8", "css");
          files.mimeTypes.add("text/html; charset=utf-8", "html");
          files.mimeTypes.add("image/svg+xml", "svg");
          files.mimeTypes.add("application/manifest+json", "webmanifest");
          files.mimeTypes.add("font/woff2", "woff2");
        });
      }
      cfg.routes.before(this::begin);
      auth.ifPresent(a -> {
        cfg.routes.before("/v1/*", a);
        cfg.routes.before("/metrics", a);
      });
      cfg.routes.post("/v1/classify", classify);
      cfg.routes.post("/v1/triage", triage);
      cfg.routes.get("/v1/models", models);
      cfg.routes.get("/healthz", health);
      cfg.routes.get("/metrics", scrape);
      cfg.routes.after(this::end);
      cfg.routes.exception(ApiError.class, (e, ctx) -> answer(ctx, e));
      cfg.routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, routing(e, ctx)));
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        answer(ctx, ApiError.of(500, "internal_error", "the server could not answer this request"));
      });
      cfg.router.javaLangErrorHandler(this::fatal);
    });
  }

  /** The rows the API hands batch classification: columns text, id and lang, as a file with those columns. */
  private BatchOptions rows(boolean explain) {
    return new BatchOptions(ClassifyRequest.TEXT, Optional.of(ClassifyRequest.ID), Optional.of(ClassifyRequest.LANG),
        Optional.empty(), explain, 1, options.maxChars());
  }

  private void jetty(JavalinConfig cfg) {
    int threads = options.threads() + options.queue() + SPARE_THREADS;
    QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(threads, 8), 60_000);
    pool.setName("serve");
    cfg.jetty.threadPool = pool;
    JsonErrorHandler errors = new JsonErrorHandler(metrics);
    long timeout = options.requestTimeout().toMillis();
    cfg.jetty.modifyServer(server -> {
      server.setErrorHandler(errors);
      server.insertHandler(new GracefulHandler());
      server.setStopTimeout(timeout + GRACE_MILLIS);
    });
    cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
    cfg.jetty.modifyHttpConfiguration(http -> {
      http.setSendServerVersion(false);
      http.setSendXPoweredBy(false);
    });
    cfg.jetty.addConnector((server, http) -> {
      ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
      c.setHost(options.host());
      c.setPort(options.port());
      // a connection silent this long is closed; longer than the request timeout, so that a request
      // being classified is always answered at its deadline (503 or 504) before its quiet connection
      // could be closed under it with no answer at all
      c.setIdleTimeout(timeout + GRACE_MILLIS);
      return c;
    });
  }

  public ApiServer start() {
    app.start();
    return this;
  }

  public int port() {
    return app.port();
  }

  /** Where the server listens: {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** Whether the page is served at {@code /}. */
  public boolean servesPage() {
    return page;
  }

  /**
   * Stops gracefully: no new connections, requests in flight finish (for up to the request timeout
   * and two seconds); what has not finished by then is cut off, and the server is stopped all the same.
   */
  public void stop() {
    try {
      app.stop();
    } catch (RuntimeException e) { // Jetty stops every part before it reports what did not stop in time
      LOG.warn("stopped, though not every request finished in time: {}", e.getMessage());
    } finally {
      workers.close();
      plain.close();
      explaining.close();
      stopped.countDown();
    }
  }

  /** Waits until {@link #stop()} has finished. */
  public void await() throws InterruptedException {
    stopped.await();
  }

  /** As {@link #await()}, for at most {@code timeout}; whether it stopped. */
  public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
    return stopped.await(timeout, unit);
  }

  @Override
  public void close() {
    if (stopped.getCount() > 0) {
      stop();
    }
  }

  private void begin(Context ctx) {
    ctx.attribute(STARTED, System.nanoTime());
    metrics.started();
    SecurityHeaders.apply(ctx::header);
    if (ctx.path().startsWith("/v1/") || ctx.path().equals("/metrics") || ctx.path().equals("/healthz")) {
      ctx.header("Cache-Control", "no-store"); // answers about messages are not kept by caches on the way
    }
  }

  private void end(Context ctx) {
    Long started = ctx.attribute(STARTED);
    if (started != null) {
      metrics.finished(route(ctx), ctx.method().name(), ctx.statusCode(), System.nanoTime() - started);
    }
  }

  private String route(Context ctx) {
    String path = ctx.path();
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (ROUTES.containsKey(path)) {
      return path;
    }
    String method = ctx.method().name();
    return (method.equals("GET") || method.equals("HEAD")) && ctx.statusCode() < 400 ? ServerMetrics.STATIC
        : ServerMetrics.UNROUTED;
  }

  /** The router's own answers (404, 405) as API errors: 405 says which methods the path takes. */
  private ApiError routing(HttpResponseException e, Context ctx) {
    String method = ctx.method().name();
    String path = clip(ctx.path());
    String route = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    String allowed = ROUTES.get(route);
    if (allowed == null && page && !method.equals("GET") && !method.equals("HEAD") && isPageFile(route)) {
      allowed = "GET";
    }
    if (e.getStatus() == 405 || (e.getStatus() == 404 && allowed != null)) {
      String allow = allowed.equals("GET") ? "GET, HEAD" : allowed;
      return ApiError.of(405, "method_not_allowed", method + " " + path + " is not allowed: use " + allowed)
          .with("Allow", allow);
    }
    if (e.getStatus() == 404) {
      return ApiError.of(404, "not_found", "nothing at " + method + " " + path
          + ": the API is POST /v1/classify, POST /v1/triage, GET /v1/models, GET /healthz and GET /metrics");
    }
    if (e.getStatus() == 413) {
      return ApiError.of(413, "body_too_large", String.format(Locale.ROOT,
          "the request body is over the limit of %,d bytes", options.maxBodyBytes()));
    }
    return ApiError.of(e.getStatus(), ErrorBody.code(e.getStatus()), ErrorBody.message(e.getStatus(), e.getMessage()));
  }

  private boolean isPageFile(String path) {
    return path.equals("/") || (!path.contains("..") && ApiServer.class.getResource(options.staticRoot() + path) != null);
  }

  private static void answer(Context ctx, ApiError e) {
    e.headers().forEach(ctx::header);
    ctx.status(e.status()).contentType(ErrorBody.CONTENT_TYPE).result(ErrorBody.of(e));
  }

  /** An Error (out of memory, stack overflow) while answering: the request fails, the server goes on. */
  private void fatal(HttpServletResponse res, Error error) {
    LOG.error("request failed", error);
    if (res.isCommitted()) {
      return;
    }
    try {
      res.resetBuffer();
      res.setStatus(500);
      res.setContentType(ErrorBody.CONTENT_TYPE);
      res.getOutputStream().write(ErrorBody.of(500, "internal_error", "the server could not answer this request", null));
    } catch (IOException | IllegalStateException e) {
      LOG.warn("could not write the error", e);
    }
  }

  private static String clip(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
