package org.servicesignals.io;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Text as a terminal table shows it: cut and padded by user-perceived characters (grapheme
 * clusters, {@link BreakIterator}), so a Devanagari or Tamil vowel sign is never cut from its
 * consonant, and with every control character shown escaped, so a message can neither move the
 * cursor, retitle the window, open a hyperlink nor reverse the line (terminal escape injection).
 */
public final class TerminalCells {
  private TerminalCells() {}

  /** {@code s} with C0 and C1 controls, DEL and bidirectional formatting characters written as {@code \\u{XXXX}}. */
  public static String escape(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (unsafe(c)) {
        if (b == null) {
          b = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        b.append(String.format(Locale.ROOT, "\\u{%04X}", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  static boolean unsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) // C0, DEL, C1 (CSI, OSC, …)
        || c == '\u061C' || c == '\u200E' || c == '\u200F' // Arabic letter mark, LRM, RLM
        || (c >= '\u202A' && c <= '\u202E') // embeddings and overrides
        || (c >= '\u2066' && c <= '\u2069'); // isolates
  }

  /** How many user-perceived characters {@code s} has. */
  public static int length(String s) {
    BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
    it.setText(s);
    int n = 0;
    while (it.next() != BreakIterator.DONE) {
      n++;
    }
    return n;
  }

  /** {@code s} cut to {@code width} user-perceived characters, the last an ellipsis when cut. */
  public static String cut(String s, int width) {
    if (width <= 0 || length(s) <= width) {
      return s;
    }
    BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
    it.setText(s);
    int end = 0;
    for (int i = 0; i < width - 1; i++) {
      end = it.next();
    }
    return s.substring(0, end) + "…";
  }
}
