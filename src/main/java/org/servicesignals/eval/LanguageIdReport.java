package org.servicesignals.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Sample;
import org.servicesignals.io.Row;
import org.servicesignals.langid.LanguageIdentifier;

/**
 * Language identification on labelled messages with no language declared, per language and for
 * all, overall and on short (1-5 words) and longer (4+ words) messages.
 *
 * @param rows per language code, then {@code all}
 */
public record LanguageIdReport(@JsonValue Map<String, Row> rows) {
  /** Messages of this many words or fewer are short. */
  public static final int SHORT_WORDS = 5;
  /** Messages of this many words or more are long enough for the detector. */
  public static final int LONG_WORDS = 4;

  /** Counts for one language; accuracies are null where there is no message to count. */
  @JsonPropertyOrder(alphabetic = true)
  public record Row(int messages, int right, @JsonProperty("short_1_5_words") int shortMessages,
      @JsonProperty("short_right") int shortRight, @JsonProperty("long_4plus_words") int longMessages,
      @JsonProperty("long_right") int longRight) {
    @JsonProperty("accuracy")
    public Double accuracy() {
      return share(right, messages);
    }

    @JsonProperty("short_accuracy")
    public Double shortAccuracy() {
      return share(shortRight, shortMessages);
    }

    @JsonProperty("long_accuracy")
    public Double longAccuracy() {
      return share(longRight, longMessages);
    }

    Row plus(Row o) {
      return new Row(messages + o.messages, right + o.right, shortMessages + o.shortMessages,
          shortRight + o.shortRight, longMessages + o.longMessages, longRight + o.longRight);
    }

    private static Double share(int k, int n) {
      return n == 0 ? null : Numbers.round((double) k / n);
    }
  }

  public LanguageIdReport {
    rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
  }

  /** The words of a message, as the short and long counts count them: runs of non-space. */
  static int words(String text) {
    return text.trim().split("\\s+").length;
  }

  /** Identifies every message of {@code samples} (by gold language) with {@code ids}. */
  public static LanguageIdReport of(LanguageIdentifier ids, Map<Lang, List<Sample>> samples) {
    Map<String, Row> rows = new LinkedHashMap<>();
    Row all = new Row(0, 0, 0, 0, 0, 0);
    for (var e : samples.entrySet()) {
      Row r = new Row(0, 0, 0, 0, 0, 0);
      for (Sample s : e.getValue()) {
        int right = ids.identify(s.text()).lang().filter(e.getKey()::equals).isPresent() ? 1 : 0;
        int words = words(s.text());
        r = r.plus(new Row(1, right, words <= SHORT_WORDS ? 1 : 0, words <= SHORT_WORDS ? right : 0,
            words >= LONG_WORDS ? 1 : 0, words >= LONG_WORDS ? right : 0));
      }
      rows.put(e.getKey().code(), r);
      all = all.plus(r);
    }
    rows.put("all", all);
    return new LanguageIdReport(rows);
  }
}
