package org.servicesignals.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalCellsTest {
  @Test
  void controlAndBidiCharactersAreShownEscaped() {
    assertThat(TerminalCells.escape("\u001B]0;owned\u0007 hi")).isEqualTo("\\u{001B}]0;owned\\u{0007} hi");
    assertThat(TerminalCells.escape("a\u009Bb\u202Ec")).isEqualTo("a\\u{009B}b\\u{202E}c");
    assertThat(TerminalCells.escape("सेवा अच्छी نہیں")).isEqualTo("सेवा अच्छी نہیں");
  }

  @Test
  void cellsAreCutBetweenGraphemesNeverInsideOne() {
    // अभी: the vowel sign ी stays with भ
    assertThat(TerminalCells.cut("बिल अभी भी", 5)).isEqualTo("बिल अ…");
    assertThat(TerminalCells.cut("बिल अभी भी", 6)).isEqualTo("बिल अभी…");
    assertThat(TerminalCells.cut("बिल अभी भी", 7)).isEqualTo("बिल अभी भी");
    assertThat(TerminalCells.cut("ஐந்து", 3)).isEqualTo("ஐந்…");
    assertThat(TerminalCells.cut("short", 10)).isEqualTo("short");
    assertThat(TerminalCells.length("अभी")).isEqualTo(2);
  }

  @Test
  void headersAreMadeUniqueInLinearTime() {
    assertThat(Headers.unique(List.of("id", "", "text", "text", "text_2"))).containsExactly("id", "column2", "text",
        "text_2", "text_2_2");
    List<String> many = java.util.Collections.nCopies(50_000, "q");
    List<String> out = Headers.unique(many); // minutes when making names unique was quadratic
    assertThat(out).doesNotHaveDuplicates().hasSize(50_000);
    assertThat(out.get(49_999)).isEqualTo("q_50000");
  }
}
