package org.servicesignals.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's deployment recipes, tried for real where the machine has what they need (the test
 * is skipped, saying why, where it has not): the systemd unit passes {@code systemd-analyze
 * verify}, nginx with the recipe's configuration passes the API and its JSON errors through, and
 * the helpdesk relay tags a Zendesk and a Freshdesk ticket (the helpdesks faked on this machine).
 */
class RecipesTest {
  static final Path DEPLOY = Path.of("src/deploy");

  static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return Files.isExecutable(Path.of("/usr/sbin", command));
  }

  static String command(String command) {
    return Files.isExecutable(Path.of("/usr/sbin", command)) ? "/usr/sbin/" + command : command;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static void waitForPort(int port, Process p, Path log) throws Exception {
    for (long end = System.nanoTime() + 20_000_000_000L; ; Thread.sleep(50)) {
      try (Socket s = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException e) {
        assertThat(p.isAlive()).as("still running: %s", Files.exists(log) ? Files.readString(log) : "").isTrue();
        assertThat(System.nanoTime()).as("port %d to open", port).isLessThan(end);
      }
    }
  }

  @Test
  void theReadmeShowsTheRecipesAsTheyAre() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    for (String recipe : List.of("service-signals.service", "nginx.conf")) {
      assertThat(readme).as("README holds src/deploy/%s verbatim", recipe).contains(Files.readString(DEPLOY.resolve(recipe)));
    }
    assertThat(readme).contains("src/scripts/helpdesk-relay.py");
  }

  @Test
  void theSystemdUnitVerifies(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("systemd-analyze"), "systemd-analyze is not installed");
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/java")), "the unit runs /usr/bin/java, which this machine has not");
    Path unit = Files.copy(DEPLOY.resolve("service-signals.service"), dir.resolve("service-signals.service"));
    Process p = new ProcessBuilder("systemd-analyze", "verify", unit.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).as("no warnings: every key known, every value parsed").isBlank();
  }

  @Test
  void nginxWithTheRecipePassesTheApiAndItsErrorsThrough(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("nginx"), "nginx is not installed (apt-get install nginx-light)");
    try (TestServer api = TestServer.start()) {
      int port = freePort();
      String recipe = Files.readString(DEPLOY.resolve("nginx.conf"))
          .replace("127.0.0.1:8080", "127.0.0.1:" + api.server.port())
          .replace("listen 80;", "listen 127.0.0.1:" + port + ";");
      Files.writeString(dir.resolve("service-signals.conf"), recipe);
      String d = dir.toString();
      Files.writeString(dir.resolve("nginx.conf"), String.join("\n",
          "pid " + d + "/nginx.pid;", "error_log " + d + "/error.log;", "events {}", "http {", "  access_log off;",
          "  client_body_temp_path " + d + "/body;", "  proxy_temp_path " + d + "/proxy;",
          "  fastcgi_temp_path " + d + "/fastcgi;", "  uwsgi_temp_path " + d + "/uwsgi;", "  scgi_temp_path " + d + "/scgi;",
          "  include " + d + "/service-signals.conf;", "}", ""));
      Process nginx = new ProcessBuilder(command("nginx"), "-p", d, "-c", d + "/nginx.conf",
          "-g", "daemon off; master_process off;").redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile())
          .start();
      try {
        waitForPort(port, nginx, dir.resolve("out.log"));
        URI proxy = URI.create("http://127.0.0.1:" + port);
        HttpResponse<String> ok = api.send(HttpRequest.newBuilder(proxy.resolve("/v1/classify"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Palvelu oli huonoa, kukaan ei vastannut.\"}")));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(TestServer.json(ok).get("label").asText()).isEqualTo("poor");
        HttpResponse<String> big = api.send(HttpRequest.newBuilder(proxy.resolve("/v1/classify"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + "a".repeat(1_500_000) + "\"}")));
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(TestServer.json(big).get("error").get("code").asText()).as("the server's JSON, not nginx's page")
            .isEqualTo("body_too_large");
        HttpResponse<String> missing = api.send(HttpRequest.newBuilder(proxy.resolve("/v2/nothing")).GET());
        assertThat(TestServer.json(missing).get("error").get("status").asInt()).isEqualTo(404);
        assertThat(api.send(HttpRequest.newBuilder(proxy.resolve("/healthz")).GET()).statusCode()).isEqualTo(200);
      } finally {
        nginx.destroy();
        nginx.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  /** A Zendesk and a Freshdesk account as far as the relay sees them: tickets to read, tags written. */
  static final class FakeHelpdesk implements AutoCloseable {
    final HttpServer server;
    final Map<String, String> puts = new ConcurrentHashMap<>();
    final Map<String, String> auth = new ConcurrentHashMap<>();

    FakeHelpdesk() throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/api/v2/tickets/", this::handle);
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange x) throws IOException {
      String path = x.getRequestURI().getPath();
      auth.put(path, String.valueOf(x.getRequestHeaders().getFirst("Authorization")));
      String body;
      if (x.getRequestMethod().equals("PUT")) {
        puts.put(path, new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        body = "{}";
      } else if (path.equals("/api/v2/tickets/42.json")) {
        body = "{\"ticket\": {\"id\": 42, \"subject\": \"Refund never arrived\", \"description\": "
            + "\"I was promised a refund three weeks ago. Nobody answers my emails and the money is still gone.\"}}";
      } else if (path.equals("/api/v2/tickets/43")) {
        body = "{\"id\": 43, \"subject\": \"Kiitos!\", \"description_text\": \"Huoltomies tuli samana päivänä, korjasi "
            + "kaiken ja soitti vielä seuraavana päivänä kysyäkseen, toimiiko kaikki. Aivan mahtavaa palvelua!\","
            + " \"tags\": [\"vip\", \"signals_poor\"]}";
      } else {
        body = "{\"error\": \"not found\"}";
        x.sendResponseHeaders(404, -1);
        x.close();
        return;
      }
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      x.getResponseHeaders().set("Content-Type", "application/json");
      x.sendResponseHeaders(200, b.length);
      x.getResponseBody().write(b);
      x.close();
    }

    @Override
    public void close() {
      server.stop(0);
    }
  }

  @Test
  void theHelpdeskRelayTagsZendeskAndFreshdeskTickets(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("python3"), "python3 is not installed");
    try (TestServer api = TestServer.start(o -> o.withToken("signals-token-0123456789abcdef"));
        FakeHelpdesk helpdesk = new FakeHelpdesk()) {
      ProcessBuilder pb = new ProcessBuilder("python3", "src/scripts/helpdesk-relay.py")
          .redirectError(dir.resolve("relay.log").toFile());
      pb.environment().putAll(Map.of("RELAY_SECRET", "relay-secret", "RELAY_PORT", "0",
          "SIGNALS_URL", api.base.toString(), "SIGNALS_TOKEN", "signals-token-0123456789abcdef",
          "ZENDESK_URL", helpdesk.url(), "ZENDESK_EMAIL", "agent@example.com", "ZENDESK_API_TOKEN", "zd-token",
          "FRESHDESK_URL", helpdesk.url(), "FRESHDESK_API_KEY", "fd-key"));
      pb.environment().remove("http_proxy");
      pb.environment().remove("HTTP_PROXY");
      Process relay = pb.start();
      try {
        String line = new BufferedReader(new InputStreamReader(relay.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(line).as(Files.exists(dir.resolve("relay.log")) ? Files.readString(dir.resolve("relay.log")) : "")
            .startsWith("relay listening on ");
        URI base = URI.create(line.substring("relay listening on ".length()));

        HttpResponse<String> zendesk = api.send(HttpRequest.newBuilder(base.resolve("/zendesk"))
            .header("Authorization", "Bearer relay-secret").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"ticket_id\": \"42\"}")));
        assertThat(zendesk.statusCode()).as(zendesk.body() + Files.readString(dir.resolve("relay.log"))).isEqualTo(200);
        assertThat(TestServer.json(zendesk).get("label").asText()).isEqualTo("poor");
        JsonNode zendeskPut = TestServer.JSON.readTree(helpdesk.puts.get("/api/v2/tickets/42.json"));
        assertThat(zendeskPut.get("ticket").get("additional_tags").get(0).asText()).isEqualTo("signals_poor");
        assertThat(helpdesk.auth.get("/api/v2/tickets/42.json")).startsWith("Basic ");

        HttpResponse<String> freshdesk = api.send(HttpRequest.newBuilder(base.resolve("/freshdesk"))
            .header("Authorization", "Bearer relay-secret").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"ticket_id\": 43}")));
        assertThat(freshdesk.statusCode()).as(freshdesk.body()).isEqualTo(200);
        assertThat(TestServer.json(freshdesk).get("label").asText()).isEqualTo("exceptional");
        JsonNode tags = TestServer.JSON.readTree(helpdesk.puts.get("/api/v2/tickets/43")).get("tags");
        assertThat(tags.get(0).asText()).as("the ticket's own tags stay; the old label goes").isEqualTo("vip");
        assertThat(tags.get(1).asText()).isEqualTo("signals_exceptional");

        HttpResponse<String> stranger = api.send(HttpRequest.newBuilder(base.resolve("/zendesk"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"ticket_id\": \"42\"}")));
        assertThat(stranger.statusCode()).isEqualTo(401);
        HttpResponse<String> bad = api.send(HttpRequest.newBuilder(base.resolve("/zendesk"))
            .header("Authorization", "Bearer relay-secret").POST(HttpRequest.BodyPublishers.ofString("{\"ticket\": 1}")));
        assertThat(bad.statusCode()).isEqualTo(400);
      } finally {
        relay.destroy();
        relay.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}
