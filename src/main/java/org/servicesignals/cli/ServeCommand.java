package org.servicesignals.cli;

import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.servicesignals.classify.BatchOptions;
import org.servicesignals.core.InputException;
import org.servicesignals.server.ApiServer;
import org.servicesignals.server.ServerOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sun.misc.Signal;

/**
 * {@code serve}: the HTTP JSON API ({@link ApiServer}) until SIGTERM or Ctrl-C, which stop it
 * gracefully — requests in flight finish — and exit 0.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the HTTP JSON API (POST /v1/classify, GET /v1/models, /healthz, /metrics) and the page at /.",
        "Stops gracefully on SIGTERM or Ctrl-C: requests in flight finish."})
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ModelOptions modelOptions;

  @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
  String host = ServerOptions.HOST;

  @Option(names = "--port", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = ServerOptions.PORT;

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "File holding a bearer token the API asks every request for (401 without it); /healthz and the page stay open.")
  Path tokenFile;

  @Option(names = "--threads", description = "Requests classified at once (default: all cores).")
  int threads = Math.min(BatchOptions.MAX_THREADS, Runtime.getRuntime().availableProcessors());

  @Option(names = "--queue", description = "Requests that may wait for a free worker; more get 503 with Retry-After (default: ${DEFAULT-VALUE}).")
  int queue = ServerOptions.QUEUE;

  @Option(names = "--max-body-bytes", paramLabel = "N", description = "Longest request body; longer gets 413 (default: ${DEFAULT-VALUE}).")
  long maxBodyBytes = ServerOptions.MAX_BODY_BYTES;

  @Option(names = "--max-batch", paramLabel = "N", description = "Most messages in one request; more gets 413 (default: ${DEFAULT-VALUE}).")
  int maxBatch = ServerOptions.MAX_BATCH;

  @Option(names = "--max-chars", paramLabel = "N",
      description = "Longest message text, as for classify; longer gets 422 (default: ${DEFAULT-VALUE}).")
  int maxChars = BatchOptions.MAX_CHARS;

  @Option(names = "--request-timeout", paramLabel = "T", converter = Converters.DurationConverter.class,
      description = "Longest a request may take, waiting included (503/504 after it), and longest a connection may stay "
          + "silent: seconds, or 500ms, 10s, 2m (default: 10s).")
  Duration requestTimeout = ServerOptions.REQUEST_TIMEOUT;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> token = tokenFile == null ? Optional.empty() : Optional.of(token(tokenFile, err));
    ServerOptions options = Options.parse(spec, () -> new ServerOptions(host, port, threads, queue, maxBodyBytes,
        maxBatch, maxChars, requestTimeout, token, ServerOptions.STATIC_ROOT));
    ApiServer server = new ApiServer(modelOptions.classifier(), options);
    try {
      server.start();
    } catch (JavalinBindException e) {
      server.close();
      throw new InputException(host + ":" + port, "cannot listen there: " + e.getMessage());
    }
    AtomicBoolean stopping = new AtomicBoolean();
    Runnable stop = () -> {
      if (stopping.compareAndSet(false, true)) {
        err.println("stopping: requests in flight finish first");
        err.flush();
        server.stop();
      }
    };
    // handled, not left to a shutdown hook: the JVM would then exit 143, which systemd and Kubernetes
    // count as a failure; sun.misc.Signal is one of the internal APIs JEP 260 keeps open for this
    for (String signal : new String[] {"TERM", "INT"}) {
      Signal.handle(new Signal(signal), s -> new Thread(stop, "serve-stop").start());
    }
    Thread hook = new Thread(stop, "serve-stop"); // any other way the JVM goes down
    Runtime.getRuntime().addShutdownHook(hook);
    out.println("listening on " + server.uri() + (server.servesPage() ? "" : " (API only: this build has no page)")
        + (token.isPresent() ? ", bearer token required" : ""));
    out.flush();
    server.await();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already going down; the hook has run
    }
    err.println("stopped");
    err.flush();
    return CommandLine.ExitCode.OK;
  }

  /** The token in {@code file}, trimmed; a usage error when it cannot be read or is empty. */
  private static String token(Path file, PrintWriter err) {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file.toString(), "is not a file holding a token");
    }
    String t;
    try {
      t = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new InputException(file.toString(), "cannot read the token: " + e.getMessage());
    }
    if (t.isEmpty()) {
      throw new InputException(file.toString(), "is empty: put the bearer token in it");
    }
    if (t.length() < 16) {
      err.println("note: the token in " + file + " is " + t.length() + " characters; 32 or more random ones are safer");
    }
    try {
      Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
      if (mode.contains(PosixFilePermission.OTHERS_READ)) {
        err.println("note: " + file + " can be read by every user (chmod 600 keeps the token yours)");
      }
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: nothing to say
    }
    return t;
  }
}
