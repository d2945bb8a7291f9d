import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.servicesignals.classify.BatchClassifier;
import org.servicesignals.classify.BatchOptions;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.classify.PredictionColumns;
import org.servicesignals.core.Prediction;
import org.servicesignals.core.SourceRow;
import org.servicesignals.langid.LanguageIdentifier;

/**
 * The JDK's own HTTP server with the least a classify endpoint needs — one message in, its
 * prediction columns out, no checks, no metrics, no limits — for src/scripts/bench-serve.sh
 * --compare-jdk: how fast the other HTTP library the design allows could go at best, beside serve.
 *   usage: java -cp target/service-signals.jar src/scripts/JdkHttpServerBaseline.java PORT THREADS
 */
public class JdkHttpServerBaseline {
  static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws IOException {
    // without TCP_NODELAY every answer on a kept-alive connection waits ~40 ms for a delayed ACK
    System.setProperty("sun.net.httpserver.nodelay", "true");
    int port = Integer.parseInt(args[0]);
    int threads = Integer.parseInt(args[1]);
    Classifier classifier = new Classifier(LanguageIdentifier.load(), ModelFiles.load(null));
    BatchClassifier batch = new BatchClassifier(classifier, new BatchOptions("text", Optional.of("id"),
        Optional.of("lang"), Optional.empty(), false, 1, BatchOptions.MAX_CHARS));
    PredictionColumns columns = PredictionColumns.beside(List.of("id"), false);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
    server.setExecutor(Executors.newFixedThreadPool(threads));
    server.createContext("/healthz", x -> answer(x, "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/v1/classify", x -> {
      JsonNode request = JSON.readTree(x.getRequestBody());
      Map<String, String> fields = Map.of("text", request.get("text").asText(), "id", "1", "lang", "");
      Prediction p = batch.classify(SourceRow.of(1, fields));
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", p.id());
      columns.put(row, p);
      answer(x, JSON.writeValueAsBytes(row));
    });
    server.start();
    System.out.println("listening on http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  static void answer(HttpExchange x, byte[] body) throws IOException {
    x.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    x.sendResponseHeaders(200, body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }
}
