package org.servicesignals.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.servicesignals.eval.CorpusStatistics;
import org.servicesignals.eval.IndicativeFeatures;
import org.servicesignals.eval.JointModel;
import org.servicesignals.eval.LanguageComparison;
import org.servicesignals.eval.LearningCurves;
import org.servicesignals.eval.Numbers;
import org.servicesignals.eval.PeerComparison;
import org.servicesignals.eval.SplitScores;

/**
 * The comparison as one self-contained HTML page: the charts inline as SVG (drawn by XChart), the
 * style inline, no script and nothing fetched. Built as a jsoup document, so every word from the
 * corpora is set as text and escaped; words carry their language ({@code lang}, and {@code dir="rtl"}
 * for Urdu) so each script is shaped and ordered right.
 */
public final class ReportPage {
  private static final String CSS = """
      body{font-family:"Noto Sans","Noto Sans Devanagari","Noto Sans Tamil","Noto Naskh Arabic",\
      "DejaVu Sans",sans-serif;margin:0 auto;max-width:1320px;padding:24px 32px;color:#1b1b1b;line-height:1.45}
      h1{font-size:1.7em;margin:0 0 4px}h2{font-size:1.3em;margin-top:36px;border-bottom:2px solid #0072b2;\
      padding-bottom:4px}h3{font-size:1.05em;margin:18px 0 6px}
      p.lead{color:#444;margin-top:0}.note{color:#555;font-size:.92em}
      table{border-collapse:collapse;margin:8px 0 16px;font-size:.92em}
      th,td{border-bottom:1px solid #ddd;padding:4px 10px;text-align:right;vertical-align:top}
      th{background:#f3f6fa;font-weight:600;text-align:left}td.l,th.l{text-align:left}
      td.shipped{background:#fff1c7;font-weight:600}td{white-space:nowrap}
      .charts{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-start}
      .chart svg{max-width:100%;height:auto;display:block}
      .words{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:0 18px}
      .words ol{margin:4px 0 12px;padding-left:26px}.words li{margin:1px 0}
      .score{color:#777;font-size:.85em;margin-left:6px}
      code{background:#f3f3f3;padding:1px 4px;border-radius:3px}
      """;
  private static final String HEADER = "service-signals: how the five languages compare";

  private ReportPage() {}

  /** Writes {@code dir}/index.html; returns its path. */
  public static Path write(LanguageComparison c, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path page = dir.resolve("index.html");
    Files.writeString(page, html(c), StandardCharsets.UTF_8);
    return page;
  }

  /** The page. */
  public static String html(LanguageComparison c) {
    Document doc = Document.createShell("");
    doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
    doc.child(0).attr("lang", "en");
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(HEADER);
    head.appendElement("style").appendChild(new DataNode(CSS));
    Element body = doc.body();
    body.appendElement("h1").text(HEADER);
    LanguageComparison.Settings s = c.settings();
    body.appendElement("p").addClass("lead").text("Each language's shipped model on its own corpora: the test split "
        + "(written like the training data by another writer) and the wild split (another writer, other styles and "
        + "domains). Learning curves at " + percents(s.fractions()) + " of the training split with " + s.seeds()
        + " seed(s) each; " + s.bootstrap() + " bootstrap resamples per interval. Made by "
        + "'service-signals report'; every number here is in its --json output.");
    List<String> splits = splits(c);
    scores(body, c, splits);
    confusion(body, c, splits);
    reliability(body, c);
    curves(body, c, splits);
    ablation(body, c);
    corpus(body, c);
    joint(body, c.joint());
    indicative(body, c);
    peers(body, c);
    return "<!DOCTYPE html>\n" + doc.outerHtml() + "\n";
  }

  private static void scores(Element body, LanguageComparison c, List<String> splits) {
    section(body, "scores", "Macro-F1 per language");
    chart(body, Charts.macroF1(c, splits));
    Element t = table(body, "language", "model", "split", "messages", "macro-F1", "95% interval", "accuracy",
        "exceptional F1", "good F1", "poor F1", "majority baseline", "ECE");
    c.languages().forEach((code, l) -> l.splits().forEach((split, sc) -> {
      var r = sc.scores();
      row(t, code + " " + l.name(), l.model(), split, Integer.toString(r.messages()), f(r.macroF1()),
          "[" + f(r.interval().get(0)) + ", " + f(r.interval().get(1)) + "]", f(r.accuracy()),
          f(r.f1().get("exceptional")), f(r.f1().get("good")), f(r.f1().get("poor")), f(r.baseline()),
          f(r.roundedEce()));
    }));
  }

  private static void confusion(Element body, LanguageComparison c, List<String> splits) {
    section(body, "confusion", "Confusion matrices");
    body.appendElement("p").addClass("note").text("Gold labels down, predicted labels across; a message the model "
        + "could not classify counts as wrong and is not drawn.");
    Element grid = body.appendElement("div").addClass("charts");
    c.languages().forEach((code, l) -> l.splits().forEach((split, sc) -> chart(grid,
        Charts.confusion(code, split, sc.scores().confusion(), LanguageComparison.labels()))));
  }

  private static void reliability(Element body, LanguageComparison c) {
    section(body, "reliability", "Reliability diagrams");
    body.appendElement("p").addClass("note").text("Accuracy of the predictions in each of ten confidence bins "
        + "against their mean confidence (calibrated as shipped); on the dashed diagonal a confidence means what it "
        + "says. Bins with fewer than " + Charts.MIN_BIN + " predictions are not drawn (the JSON has every bin).");
    Element grid = body.appendElement("div").addClass("charts");
    c.languages().forEach((code, l) -> chart(grid, Charts.reliability(code, l.splits())));
  }

  private static void curves(Element body, LanguageComparison c, List<String> splits) {
    section(body, "learning-curves", "Learning curves");
    body.appendElement("p").addClass("note").text("The shipped configuration retrained on a stratified share of the "
        + "training split (each seed draws its own), scored on the held-out splits: mean macro-F1, whiskers one "
        + "standard deviation over the seeds. A curve still rising at 100% says the language wants more data.");
    Element grid = body.appendElement("div").addClass("charts");
    splits.forEach(split -> chart(grid, Charts.learningCurves(c, split)));
    List<String> head = new ArrayList<>(List.of("language", "split"));
    List<Double> fractions = c.settings().fractions();
    fractions.forEach(f -> head.add(percent(f)));
    head.add("gain from the last doubling");
    Element t = table(body, head.toArray(String[]::new));
    c.languages().forEach((code, l) -> splits.forEach(split -> {
      List<LearningCurves.Point> curve = l.learningCurve();
      if (curve.isEmpty() || !curve.get(0).scores().containsKey(split)) {
        return;
      }
      List<String> cells = new ArrayList<>(List.of(code, split));
      curve.forEach(p -> cells.add(f(p.mean(split)) + (p.scores().get(split).size() > 1 ? " ± " + f(p.sd(split)) : "")));
      cells.add(curve.size() < 2 ? "" : signed(curve.get(curve.size() - 1).mean(split)
          - curve.get(curve.size() - 2).mean(split)));
      row(t, cells.toArray(String[]::new));
    }));
  }

  private static void ablation(Element body, LanguageComparison c) {
    section(body, "ablation", "Ablations: analysis and features");
    body.appendElement("p").addClass("note").text("Macro-F1 of the shipped trainer retrained with each analysis "
        + "(with the shipped features) and with each other feature set (with the shipped analysis), on the test and "
        + "wild splits. Analyses: none = raw tokens with normalisation only; stem = + stemming; stop = + stopwords "
        + "removed (negations and intensifiers are never removed). The shipped configuration is highlighted.");
    Map<String, Map<String, LanguageComparison.Ablation>> rows = new LinkedHashMap<>();
    c.languages().forEach((code, l) -> {
      String shippedFeatures = l.ablation().stream().filter(LanguageComparison.Ablation::shipped)
          .map(LanguageComparison.Ablation::features).findFirst().orElse("");
      for (LanguageComparison.Ablation a : l.ablation()) {
        String key = a.features().equals(shippedFeatures) ? "analysis " + a.analysis() + " · shipped features"
            : "features " + a.features() + " · shipped analysis";
        rows.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(code, a);
      }
    });
    List<String> head = new ArrayList<>(List.of("retrained with"));
    c.languages().keySet().forEach(code -> {
      head.add(code + " test");
      head.add(code + " wild");
    });
    Element t = table(body, head.toArray(String[]::new));
    rows.forEach((key, byLang) -> {
      Element tr = row(t, key);
      c.languages().keySet().forEach(code -> {
        LanguageComparison.Ablation a = byLang.get(code);
        Element test = tr.appendElement("td").text(a == null ? "" : f(a.test()));
        Element wild = tr.appendElement("td").text(a == null || a.wild() == null ? "" : f(a.wild()));
        if (a != null && a.shipped()) {
          test.addClass("shipped");
          wild.addClass("shipped");
        }
      });
    });
  }

  private static void corpus(Element body, LanguageComparison c) {
    section(body, "corpus", "Corpus statistics");
    body.appendElement("p").addClass("note").text("The training split through each language's own Lucene chain: "
        + "tokens after normalisation (no stopwords removed, no stemming). Changed: the share of tokens whose "
        + "normalised form differs from the text (with case folding, and beyond it), and the share the stemmer "
        + "changes. OOV: the share of a held-out split's tokens the training split never had.");
    List<String> splits = splits(c);
    List<String> head = new ArrayList<>(List.of("language", "messages", "tokens / message", "tokens", "types",
        "type/token", "changed by normalisation", "beyond case", "changed by stemming"));
    splits.forEach(s -> head.add("OOV " + s));
    Element t = table(body, head.toArray(String[]::new));
    c.languages().forEach((code, l) -> {
      CorpusStatistics s = l.corpus();
      List<String> cells = new ArrayList<>(List.of(code + " " + l.name(), Integer.toString(s.messages()),
          String.format(Locale.ROOT, "%.1f", s.tokensPerMessage()), Long.toString(s.tokens()),
          Integer.toString(s.types()), f(s.typeTokenRatio()), pct(s.changedByNormalisation()),
          pct(s.changedBeyondCase()), s.changedByStemming() == null ? "no stemmer" : pct(s.changedByStemming())));
      splits.forEach(sp -> cells.add(s.oov().containsKey(sp) ? pct(s.oov().get(sp)) : ""));
      row(t, cells.toArray(String[]::new));
    });
  }

  private static void joint(Element body, JointModel j) {
    section(body, "joint", "One joint model against one model per language");
    body.appendElement("p").addClass("note").text("One categorizer trained on every language's training split ("
        + j.trainingMessages() + " messages, " + j.configuration() + "; each message analysed by its own "
        + "language's chain) against each language's model retrained alike on its own split.");
    Element t = table(body, "language", "split", "per-language macro-F1", "joint macro-F1", "joint − per-language");
    j.scores().forEach((lang, bySplit) -> bySplit.forEach((split, p) -> row(t, lang, split, f(p.perLanguage()),
        f(p.joint()), signed(p.difference()))));
  }

  private static void indicative(Element body, LanguageComparison c) {
    section(body, "features", "The most indicative words per label");
    body.appendElement("p").addClass("note").text("Read from each shipped model's parameters: a word's or word "
        + "pair's weight for the label minus its highest weight for another label (naive Bayes: its add-one smoothed "
        + "log-likelihood, from features seen at least three times for the label; maxent and perceptron: its "
        + "parameter). Each analysed token is shown as the form written most often in training; ¬ marks a word "
        + "inside a negation's scope, ⟨start⟩ and ⟨end⟩ the message's edges.");
    c.languages().forEach((code, l) -> {
      body.appendElement("h3").text(l.name() + " (" + code + ")");
      Element grid = body.appendElement("div").addClass("words");
      l.indicative().forEach((label, features) -> {
        Element col = grid.appendElement("div");
        col.appendElement("strong").text(label);
        Element ol = col.appendElement("ol");
        for (IndicativeFeatures.Feature f : features) {
          Element li = ol.appendElement("li");
          Element w = li.appendElement("span").addClass("word").attr("lang", code).text(f.words());
          if ("ur".equals(code)) {
            w.attr("dir", "rtl");
          }
          li.appendElement("span").addClass("score").text(f(f.score()));
        }
      });
    });
  }

  private static void peers(Element body, LanguageComparison c) {
    section(body, "peers", "Peers: fastText and scikit-learn");
    PeerComparison p = c.peers();
    if (p == null) {
      body.appendElement("p").addClass("peers-note").text("Peers were " + c.peersNote() + ".");
      return;
    }
    body.appendElement("p").addClass("note").text("The same training and held-out splits; fastText "
        + String.join(" ", org.servicesignals.eval.Peers.FASTTEXT_ARGS) + "; scikit-learn " + PeerComparison.SKLEARN + ".");
    List<String> systems = new ArrayList<>();
    p.languages().values().forEach(bySplit -> bySplit.values().forEach(m -> m.keySet().forEach(name -> {
      if (!systems.contains(name)) {
        systems.add(name);
      }
    })));
    List<String> head = new ArrayList<>(List.of("language", "split"));
    systems.forEach(name -> head.add(name + " macro-F1"));
    Element t = table(body, head.toArray(String[]::new));
    p.languages().forEach((lang, bySplit) -> bySplit.forEach((split, scored) -> {
      List<String> cells = new ArrayList<>(List.of(lang, split));
      // rounded as the JSON has them, so the same score reads the same in every table
      systems.forEach(name -> cells.add(scored.containsKey(name) ? f(Numbers.round(scored.get(name).macroF1())) : ""));
      row(t, cells.toArray(String[]::new));
    }));
    body.appendElement("p").addClass("note").text("Accuracy and per-label F1 of every system are in the JSON.");
  }

  private static List<String> splits(LanguageComparison c) {
    List<String> out = new ArrayList<>();
    c.languages().values().forEach(l -> l.splits().keySet().forEach(s -> {
      if (!out.contains(s)) {
        out.add(s);
      }
    }));
    return out;
  }

  private static void section(Element body, String id, String title) {
    body.appendElement("h2").attr("id", id).text(title);
  }

  /** An SVG from {@link Charts}, as it is: XChart writes its text as outlines, so it holds no text of ours. */
  private static void chart(Element parent, String svg) {
    parent.appendElement("div").addClass("chart").appendChild(new DataNode(svg));
  }

  private static Element table(Element parent, String... head) {
    Element t = parent.appendElement("table");
    Element tr = t.appendElement("thead").appendElement("tr");
    for (int i = 0; i < head.length; i++) {
      tr.appendElement("th").text(head[i]);
    }
    t.appendElement("tbody");
    return t;
  }

  private static Element row(Element table, String... cells) {
    Element tr = table.selectFirst("tbody").appendElement("tr");
    for (String cell : cells) {
      boolean text = cell.isEmpty() || !Character.isDigit(cell.charAt(cell.length() - 1)) && !cell.endsWith("%")
          && !cell.endsWith("]");
      Element td = tr.appendElement("td").text(cell);
      if (text) {
        td.addClass("l");
      }
    }
    return tr;
  }

  private static String f(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String signed(double v) {
    return Math.abs(v) < 0.0005 ? "0.000" : String.format(Locale.ROOT, "%+.3f", v);
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * fraction);
  }

  private static String percents(List<Double> fractions) {
    return String.join(", ", fractions.stream().map(ReportPage::percent).toList());
  }

}
