package org.servicesignals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's {@code serve} section, sent to a server: every {@code curl} example is answered
 * 200, and where the README shows the answer, the server gives exactly that answer (the same
 * labels and probabilities from the shipped models), so the README cannot drift from the server.
 */
class ServeReadmeTest {
  record Block(String lang, List<String> lines) {}

  static List<Block> serveSection() throws Exception {
    List<Block> blocks = new ArrayList<>();
    boolean in = false;
    Block open = null;
    for (String line : Files.readAllLines(Path.of("README.md"))) {
      if (line.startsWith("### ")) {
        in = line.equals("### serve");
        continue;
      }
      if (!in) {
        continue;
      }
      if (line.startsWith("```")) {
        if (open == null) {
          open = new Block(line.substring(3).trim(), new ArrayList<>());
        } else {
          blocks.add(open);
          open = null;
        }
      } else if (open != null) {
        open.lines().add(line);
      }
    }
    return blocks;
  }

  @Test
  void theReadmesRequestsGetTheReadmesAnswers() throws Exception {
    List<Block> blocks = serveSection();
    Pattern url = Pattern.compile("http://127\\.0\\.0\\.1:8080(/[^\\s']*)");
    Pattern data = Pattern.compile(" -d '([^']*)'");
    Pattern file = Pattern.compile(" --data-binary @(\\S+)");
    Pattern type = Pattern.compile(" -H 'Content-Type: ([^']*)'");
    int requests = 0;
    int answers = 0;
    try (TestServer api = TestServer.start()) {
      for (int i = 0; i < blocks.size(); i++) {
        if (!blocks.get(i).lang().equals("sh")) {
          continue;
        }
        for (String line : blocks.get(i).lines()) {
          if (!line.startsWith("curl ")) {
            continue;
          }
          Matcher u = url.matcher(line);
          assertThat(u.find()).as(line).isTrue();
          Matcher d = data.matcher(line);
          HttpRequest.Builder b = api.request(u.group(1));
          Matcher f = file.matcher(line);
          Matcher t = type.matcher(line);
          if (d.find()) {
            b.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(d.group(1), StandardCharsets.UTF_8));
          } else if (f.find()) {
            assertThat(t.find()).as("%s names its Content-Type", line).isTrue();
            b.header("Content-Type", t.group(1)).POST(HttpRequest.BodyPublishers.ofFile(Path.of(f.group(1))));
          }
          HttpResponse<String> r = api.send(b);
          requests++;
          assertThat(r.statusCode()).as("%s%n%s", line, r.body()).isEqualTo(200);
          if (i + 1 < blocks.size() && blocks.get(i + 1).lang().equals("json")) {
            JsonNode shown = TestServer.JSON.readTree(String.join("\n", blocks.get(i + 1).lines()));
            assertThat(TestServer.json(r)).as("the README's answer to %s", line).isEqualTo(shown);
            answers++;
          }
        }
      }
    }
    assertThat(requests).isGreaterThanOrEqualTo(2);
    assertThat(answers).isGreaterThanOrEqualTo(2);
  }
}
