import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.servicesignals.core.Sample;
import org.servicesignals.io.CorpusFiles;
import org.servicesignals.langid.LatinVarieties;
import org.servicesignals.langid.LatinVarieties.Variety;

/**
 * How well the Latin-script detector tells romanised Hindi from romanised Urdu for a writer it has
 * never read: the Hinglish and Roman Urdu training splits were written in three passes by different
 * writers (ids below 2001, 2001-3000, from 3001); each pass in turn is left out, the detector is
 * trained as {@code train-langid} trains it on everything else (English, Finnish, Tanglish and the
 * other two passes), and the left-out pass's messages of four or more words are identified. No
 * test split is read.
 *
 * <p>usage: java -cp target/service-signals.jar src/scripts/bench/HindiUrduWriters.java [CORPORA_DIR]
 */
public class HindiUrduWriters {
  static int pass(String id) {
    int n = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
    return n < 2001 ? 0 : n < 3001 ? 1 : 2;
  }

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"); // the trainer's progress
    Path corpora = Path.of(args.length > 0 ? args[0] : "corpora");
    Map<Variety, List<Sample>> all = new EnumMap<>(Variety.class);
    for (Variety v : Variety.values()) {
      all.put(v, CorpusFiles.read(corpora.resolve(v.id()).resolve(CorpusFiles.TRAIN + ".tsv")));
    }
    String[] names = {"first pass (ids below 2001)", "second pass (2001-3000)", "third pass (from 3001)"};
    int[] right = new int[2];
    int[] hu = new int[2];
    int[] total = new int[2];
    System.out.println("left out                      variety  4+ words  right   hi or ur");
    for (int p = 0; p < 3; p++) {
      Map<Variety, List<String>> train = new EnumMap<>(Variety.class);
      for (Variety v : Variety.values()) {
        List<String> texts = new ArrayList<>();
        for (Sample s : all.get(v)) {
          if (!hindustani(v) || pass(s.id()) != p) {
            texts.add(s.text());
          }
        }
        train.put(v, texts);
      }
      LatinVarieties detector = LatinVarieties.train(train);
      for (Variety v : new Variety[] {Variety.HI_LATN, Variety.UR_LATN}) {
        int n = 0;
        int ok = 0;
        int either = 0;
        for (Sample s : all.get(v)) {
          if (pass(s.id()) == p && s.text().trim().split("\\s+").length >= 4) {
            Variety got = detector.identify(s.text()).variety();
            n++;
            ok += got == v ? 1 : 0;
            either += hindustani(got) ? 1 : 0;
          }
        }
        int k = v == Variety.HI_LATN ? 0 : 1;
        right[k] += ok;
        hu[k] += either;
        total[k] += n;
        System.out.printf(Locale.ROOT, "%-29s %-8s %8d %6.1f%% %9.1f%%%n", names[p], v.id(), n, 100.0 * ok / n,
            100.0 * either / n);
      }
    }
    for (int k = 0; k < 2; k++) {
      System.out.printf(Locale.ROOT, "%-29s %-8s %8d %6.1f%% %9.1f%%%n", "all three", k == 0 ? "hi-Latn" : "ur-Latn",
          total[k], 100.0 * right[k] / total[k], 100.0 * hu[k] / total[k]);
    }
  }

  static boolean hindustani(Variety v) {
    return v == Variety.HI_LATN || v == Variety.UR_LATN;
  }
}
