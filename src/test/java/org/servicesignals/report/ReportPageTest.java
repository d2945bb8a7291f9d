package org.servicesignals.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.servicesignals.eval.IndicativeFeatures;
import org.servicesignals.eval.LanguageComparison;

/** The page as HTML: self-contained, every chart inline, every word escaped and in its own language and direction. */
class ReportPageTest {
  static final String HOSTILE = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">";

  /** The small comparison with a word carrying markup among Urdu's indicative features. */
  static LanguageComparison hostile() throws Exception {
    LanguageComparison c = SmallCorpora.comparison();
    Map<String, LanguageComparison.Language> langs = new LinkedHashMap<>(c.languages());
    LanguageComparison.Language ur = langs.get("ur");
    Map<String, List<IndicativeFeatures.Feature>> words = new LinkedHashMap<>(ur.indicative());
    words.put("poor", List.of(new IndicativeFeatures.Feature(HOSTILE, "w=" + HOSTILE, 9.5)));
    langs.put("ur", new LanguageComparison.Language(ur.name(), ur.model(), ur.splits(), ur.learningCurve(),
        ur.ablation(), ur.corpus(), words));
    return new LanguageComparison(c.settings(), langs, c.joint(), c.peers(), c.peersNote());
  }

  @Test
  void wordsFromTheCorporaAreTextNeverMarkup() throws Exception {
    String html = ReportPage.html(hostile());
    assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, img, iframe, object, embed")).isEmpty();
    assertThat(doc.select("span.word").eachText()).contains(HOSTILE);
  }

  @Test
  void nothingIsFetched() throws Exception {
    Document doc = Jsoup.parse(ReportPage.html(SmallCorpora.comparison()));
    assertThat(doc.select("link, script, img, iframe, object, embed, [src]")).isEmpty();
    for (Element e : doc.getAllElements()) {
      e.attributes().forEach(a -> {
        if (a.getKey().endsWith("href")) {
          assertThat(a.getValue()).as(e.tagName() + " " + a.getKey()).startsWith("#");
        }
        assertThat(a.getValue()).as(e.tagName() + " " + a.getKey()).doesNotContainPattern("url\\((?!#)");
      });
    }
    String css = doc.select("style").html();
    assertThat(css).doesNotContain("@import").doesNotContain("url(");
    assertThat(doc.html()).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"?(https?:)?//");
  }

  @Test
  void everyChartIsInlineSvgWithItsOwnIds() throws Exception {
    LanguageComparison c = SmallCorpora.comparison();
    Document doc = Jsoup.parse(ReportPage.html(c));
    int langs = c.languages().size();
    // macro-F1, a confusion matrix per language and split, a reliability diagram per language, a learning curve per split
    assertThat(doc.select("div.chart > svg")).hasSize(1 + 2 * langs + langs + 2);
    List<String> ids = doc.select("svg [id]").eachAttr("id");
    assertThat(ids).doesNotHaveDuplicates().isNotEmpty();
    assertThat(doc.html()).doesNotContain("<?xml").doesNotContain("<!DOCTYPE svg");
  }

  @Test
  void wordsCarryTheirLanguageAndUrduReadsRightToLeft() throws Exception {
    Document doc = Jsoup.parse(ReportPage.html(SmallCorpora.comparison()));
    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(doc.selectFirst("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
    assertThat(doc.select("span.word[lang=ur]")).isNotEmpty().allSatisfy(e -> assertThat(e.attr("dir")).isEqualTo("rtl"));
    assertThat(doc.select("span.word[lang=fi]")).isNotEmpty().allSatisfy(e -> assertThat(e.hasAttr("dir")).isFalse());
  }

  @Test
  void thePageSaysWhenThePeersWereNotRun() throws Exception {
    Document doc = Jsoup.parse(ReportPage.html(SmallCorpora.comparison()));
    assertThat(doc.selectFirst("p.peers-note").text()).contains("not run");
  }

  @Test
  void thePageIsTheSameEveryTime() throws Exception {
    LanguageComparison c = SmallCorpora.comparison();
    assertThat(ReportPage.html(c)).isEqualTo(ReportPage.html(c));
  }
}
