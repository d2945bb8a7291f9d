package org.servicesignals.io.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Messages pasted into a text box: separated by blank lines when there are any — so a message may
 * run over several lines — else one a line. Lines are kept as written; blank space around a
 * message is dropped.
 */
public final class PastedText {
  /** A line break, CR LF taken whole: Java's {@code \R} may backtrack into CR LF and see two. */
  private static final String BREAK = "(?>\\r\\n|[\\n\\x0B\\f\\r\\u0085\\u2028\\u2029])";
  private static final Pattern BLANK_LINE = Pattern.compile(BREAK + "\\h*" + BREAK);
  private static final Pattern LINE = Pattern.compile(BREAK);

  private PastedText() {}

  public static List<String> messages(String pasted) {
    Pattern split = BLANK_LINE.matcher(pasted.strip()).find() ? BLANK_LINE : LINE;
    List<String> out = new ArrayList<>();
    for (String m : split.split(pasted)) {
      String s = m.strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
