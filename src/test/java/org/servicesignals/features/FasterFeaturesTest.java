package org.servicesignals.features;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.servicesignals.analysis.SentimentAnalysis;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.io.CorpusFiles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The single-pass text-shape features and the negation scope that asks each token once give, on
 * every corpus message and on generated text, exactly the features of their reference versions
 * ({@link ReferenceFeatures}): the models were trained on those.
 */
class FasterFeaturesTest {
  @Test
  void everyCorpusMessageGetsTheReferenceFeatures() throws Exception {
    List<Path> files;
    try (Stream<Path> dirs = Files.list(Path.of("corpora"))) {
      files = dirs.flatMap(d -> Stream.of("train", "test", "wild", "short", "probes").map(s -> d.resolve(s + ".tsv")))
          .filter(Files::exists).sorted().toList();
    }
    int checked = 0;
    for (Path f : files) {
      Lang lang = Lang.parse(f.getParent().getFileName().toString().replace("-Latn", "")).orElse(Lang.EN);
      var chain = SentimentAnalysis.chain(lang);
      for (Sample s : CorpusFiles.read(f)) {
        assertShapeAsReference(s.text());
        String[] tokens = chain.tokens(s.text());
        Map<String, Object> extra = FeatureSets.extraInformation(s.text(), lang,
            chain.options().equals(org.servicesignals.analysis.AnalysisOptions.NONE));
        assertThat(new NegationScopeFeatureGenerator().extractFeatures(tokens, extra)).as("%s %s", f, s.id())
            .containsExactlyElementsOf(ReferenceFeatures.negwords(tokens, NegationScopeFeatureGenerator.comparison(extra),
                NegationScopeFeatureGenerator.frames(extra)));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(15_000);
  }

  @Test
  void shapesOfTheHardCases() {
    for (String s : List.of("", " ", "\t\n", "soooo good", "SOOO BAD!!", "ÄÄÄ", "aaA", "𝐀𝐀𝐀 𝐁", "😡😡😡 nooo",
        "NOT OK AT ALL", "ab\u000Bcd", "\u00A0NBSP\u00A0SPACE", "X1Y", "ok\u2028line", "ह ह ह", "\uD800\uD800\uD800")) {
      assertShapeAsReference(s);
    }
    assertThat(shape("soooo good")).contains("s=stretched");
    assertThat(shape("NOT OK AT ALL")).contains("s=caps");
  }

  @Property(tries = 2000)
  void generatedTextGetsTheReferenceShape(@ForAll @StringLength(max = 40)
      @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', 'a', 'A', 'o', 'O', 'ä', 'Ä', '1', '!', '\uD835', '\uDC00'})
      @CharRange(from = '\u0900', to = '\u0910') String s) {
    assertShapeAsReference(s);
  }

  private static List<String> shape(String s) {
    List<String> all = new ArrayList<>(new TextShapeFeatureGenerator().extractFeatures(new String[0],
        Map.of(TextShapeFeatureGenerator.RAW_TEXT, s)));
    all.removeIf(f -> f.startsWith("s=excl") || f.startsWith("s=question") || f.equals("s=ellipsis"));
    return all;
  }

  private static void assertShapeAsReference(String s) {
    assertThat(shape(s)).as("shape of [%s]", s).containsExactlyElementsOf(ReferenceFeatures.shape(s));
  }
}
