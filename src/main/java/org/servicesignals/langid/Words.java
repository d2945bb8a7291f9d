package org.servicesignals.langid;

import java.util.function.Consumer;
import org.servicesignals.core.Letters;

/**
 * The two ways the language identifier cuts a text into words, as loops over its characters
 * rather than regular-expression splits, which cost a matcher and a list per message: the same
 * words and the same counts ({@code WordsTest} compares them with the splits on every corpus line
 * and on generated text).
 */
final class Words {
  private Words() {}

  /** Where a word stands: {@code text[from, to)}. */
  @FunctionalInterface
  interface Run {
    void at(int from, int to);
  }

  /**
   * The runs of letters ({@link Letters#isLetter(int)}, as {@link Character#isLetter(int)}) and apostrophes in {@code text}, in order:
   * where the non-empty parts of {@code text.split("[^\\p{L}']+")} stand.
   */
  static void letterRuns(String text, Run run) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int start = i;
      while (i < n) {
        int cp = text.codePointAt(i);
        if (!Letters.isLetter(cp) && cp != '\'') {
          break;
        }
        i += Character.charCount(cp);
      }
      if (i > start) {
        run.at(start, i);
      } else {
        i += Character.charCount(text.codePointAt(i));
      }
    }
  }

  /** The words {@link #letterRuns(String, Run)} finds, each as a string. */
  static void letterWords(String text, Consumer<String> word) {
    letterRuns(text, (from, to) -> word.accept(text.substring(from, to)));
  }

  /** {@code text.trim().split("\\s+").length}: 1 for a blank text. */
  static int whitespaceSeparated(String text) {
    int n = text.length();
    int from = 0;
    while (from < n && text.charAt(from) <= ' ') {
      from++;
    }
    int to = n;
    while (to > from && text.charAt(to - 1) <= ' ') {
      to--;
    }
    int count = 1; // what is left starts and ends with no space: one word more than the runs of spaces inside it
    for (int i = from; i < to; i++) {
      if (isSpace(text.charAt(i)) && !isSpace(text.charAt(i - 1))) {
        count++;
      }
    }
    return count;
  }

  /** The regular expressions' {@code \s}: space, tab, newline, vertical tab, form feed, carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
