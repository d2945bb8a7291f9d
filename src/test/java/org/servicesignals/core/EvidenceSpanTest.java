package org.servicesignals.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class EvidenceSpanTest {
  @Test
  void writesAndReadsTheWordsWithTheirOffsets() {
    String message = "Tilaus ei ollut hyvää";
    EvidenceSpan span = EvidenceSpan.of(message, 7, 21);
    assertThat(span.toString()).isEqualTo("ei ollut hyvää [7,21]");
    assertThat(EvidenceSpan.parse(span.toString())).isEqualTo(span);
    assertThat(span.standsIn(message)).isTrue();
    assertThat(span.standsIn("Tilaus oli hyvä")).isFalse();
  }

  @Test
  void evidenceWithoutAPlaceReadsBackWhole() {
    assertThat(EvidenceSpan.parse("9/10")).isEqualTo(EvidenceSpan.unplaced("9/10"));
    assertThat(EvidenceSpan.parse("👍").placed()).isFalse();
    assertThat(EvidenceSpan.unplaced("hyvä").toString()).isEqualTo("hyvä");
    assertThat(EvidenceSpan.unplaced("hyvä").standsIn("hyvä")).isFalse();
  }

  @Test
  void evidenceWithoutAPlaceIsPlacedAtItsFirstOccurrence() {
    assertThat(EvidenceSpan.unplaced("9/10").placedIn("9/10 👍, 9/10")).isEqualTo(new EvidenceSpan("9/10", 0, 4));
    assertThat(EvidenceSpan.unplaced("👍").placedIn("9/10 👍")).isEqualTo(new EvidenceSpan("👍", 5, 7));
    assertThat(EvidenceSpan.unplaced("hyv").placedIn("Hyvää")).isEqualTo(EvidenceSpan.unplaced("hyv"));
    assertThat(new EvidenceSpan("not good", 4, 12).placedIn("not good")).isEqualTo(new EvidenceSpan("not good", 0, 8));
    EvidenceSpan placed = new EvidenceSpan("good", 4, 8);
    assertThat(placed.placedIn("not good")).isSameAs(placed);
  }

  @Test
  void onlyAWellFormedLastBracketIsAnOffset() {
    assertThat(EvidenceSpan.parse("a [1,x]").placed()).isFalse();
    assertThat(EvidenceSpan.parse("a [,2]").placed()).isFalse();
    assertThat(EvidenceSpan.parse("a [-1,2]").placed()).isFalse();
    assertThat(EvidenceSpan.parse("abc [0,2]").placed()).as("length disagrees with the offsets").isFalse();
    assertThat(EvidenceSpan.parse("a [1,99999999999]").placed()).isFalse();
    assertThat(EvidenceSpan.parse(" [0,0]")).isEqualTo(new EvidenceSpan("", 0, 0));
    assertThat(EvidenceSpan.parse("[x] [4,9]")).isEqualTo(EvidenceSpan.unplaced("[x] [4,9]"));
    assertThat(EvidenceSpan.parse("[x] y [2,7]")).isEqualTo(new EvidenceSpan("[x] y", 2, 7));
  }

  @Test
  void refusesOffsetsThatAreNoSpan() {
    assertThatThrownBy(() -> new EvidenceSpan("a", 3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EvidenceSpan("a", -2, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 200)
  void everySpanOfAnyTextReadsBack(@ForAll String message, @ForAll @IntRange(max = 50) int a,
      @ForAll @IntRange(max = 50) int b) {
    int start = Math.min(Math.min(a, b), message.length());
    int end = Math.min(Math.max(a, b), message.length());
    EvidenceSpan span = EvidenceSpan.of(message, start, end);
    assertThat(EvidenceSpan.parse(span.toString())).isEqualTo(span);
    assertThat(span.standsIn(message)).isTrue();
  }
}
