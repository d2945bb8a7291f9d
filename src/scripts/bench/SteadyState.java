import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.core.Message;
import org.servicesignals.core.Prediction;
import org.servicesignals.langid.LanguageIdentifier;

/**
 * What one message costs once the compiler is done: the first N messages of a CSV with a {@code text}
 * column (the file {@code bench-e2e.sh} writes) classified on one thread, language detected, again
 * and again, printing microseconds per message for each pass; the later passes are the steady state.
 * Run it pinned to one core, so that the compiler and the collector do not borrow the other, and
 * compare two builds by the least of their later passes, alternating the builds:
 *
 * <p>usage: taskset -c 1 java -Xmx1g -cp target/service-signals.jar src/scripts/bench/SteadyState.java
 * target/bench-e2e/messages.csv [MESSAGES (50000)] [PASSES (8)] [MODELS_DIR (models)]
 */
public class SteadyState {
  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    List<String> texts = new ArrayList<>();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class).with(schema)
        .readValues(new File(args[0]))) {
      while (rows.hasNext() && texts.size() < n) {
        texts.add(rows.next().get("text"));
      }
    }
    Classifier classifier = new Classifier(LanguageIdentifier.load(),
        ModelFiles.load(Path.of(args.length > 3 ? args[3] : "models")));
    long labels = 0;
    double best = Double.MAX_VALUE;
    for (int pass = 1; pass <= passes; pass++) {
      long start = System.nanoTime();
      for (int i = 0; i < texts.size(); i++) {
        Prediction p = classifier.classify(new Message(Integer.toString(i), texts.get(i), Optional.empty()));
        labels += p.label().isPresent() ? 1 : 0;
      }
      double us = (System.nanoTime() - start) / 1e3 / texts.size();
      if (pass > passes / 2) {
        best = Math.min(best, us);
      }
      System.out.printf("pass %d: %.1f microseconds a message%n", pass, us);
    }
    System.out.printf("least of the later passes: %.1f microseconds a message (%d messages, %d labelled a pass)%n",
        best, texts.size(), labels / passes);
  }
}
