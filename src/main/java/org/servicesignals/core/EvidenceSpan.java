package org.servicesignals.core;

import java.util.Objects;

/**
 * One piece of evidence for a label: the words as written in the message and where they stand,
 * as offsets {@code [start, end)} in UTF-16 code units (Java {@code String} and JavaScript string
 * indexes). Evidence that has no place in the text — a token found only in its analysed form, a
 * rating or symbol read from the whole message — has {@code start} and {@code end} of -1.
 *
 * <p>Written as {@code text [start,end]} ("ei ollut hyvää [8,22]") in a {@link Prediction}'s
 * evidence and in the {@code evidence} column, and read back by {@link #parse}. Two spans are
 * equal when their text and offsets are.
 *
 * @param text the words as they stand in the message (or the token, when not placed)
 * @param start offset of the first character, or -1
 * @param end offset after the last character, or -1
 */
public record EvidenceSpan(String text, int start, int end) {
  public EvidenceSpan {
    Objects.requireNonNull(text, "text");
    boolean unplaced = start == -1 && end == -1;
    if (!unplaced && (start < 0 || end < start)) {
      throw new IllegalArgumentException("bad offsets [" + start + "," + end + "] for '" + text + "'");
    }
  }

  /** Evidence with no place in the text. */
  public static EvidenceSpan unplaced(String text) {
    return new EvidenceSpan(text, -1, -1);
  }

  /** The span {@code [start, end)} of {@code message}. */
  public static EvidenceSpan of(String message, int start, int end) {
    return new EvidenceSpan(message.substring(start, end), start, end);
  }

  public boolean placed() {
    return start >= 0;
  }

  /** Whether both spans are placed and share at least one character of the message. */
  public boolean overlaps(EvidenceSpan other) {
    return placed() && other.placed() && start < other.end && other.start < end;
  }

  /** Whether both spans are placed and {@code other} lies wholly inside this one. */
  public boolean covers(EvidenceSpan other) {
    return placed() && other.placed() && start <= other.start && other.end <= end;
  }

  /** Whether the span stands in {@code message} where its offsets say, holding its text. */
  public boolean standsIn(String message) {
    return placed() && end <= message.length() && message.startsWith(text, start) && end - start == text.length();
  }

  /**
   * This span if it stands in {@code message}; evidence without a place (a rating, a symbol) at its
   * first occurrence in {@code message}, where it has one; otherwise unplaced.
   */
  public EvidenceSpan placedIn(String message) {
    if (standsIn(message)) {
      return this;
    }
    int at = text.isEmpty() ? -1 : message.indexOf(text);
    return at < 0 ? unplaced(text) : new EvidenceSpan(text, at, at + text.length());
  }

  /**
   * Reads what {@link #toString()} wrote: {@code text [start,end]}, or any other string as
   * unplaced evidence. The offsets are the last bracket, so a text holding brackets reads back whole.
   */
  public static EvidenceSpan parse(String s) {
    Objects.requireNonNull(s, "s");
    int open = s.lastIndexOf(" [");
    if (open < 0 || !s.endsWith("]")) {
      return unplaced(s);
    }
    String inner = s.substring(open + 2, s.length() - 1);
    int comma = inner.indexOf(',');
    if (comma <= 0 || !digits(inner, 0, comma) || !digits(inner, comma + 1, inner.length())) {
      return unplaced(s);
    }
    try {
      int start = Integer.parseInt(inner, 0, comma, 10);
      int end = Integer.parseInt(inner, comma + 1, inner.length(), 10);
      String text = s.substring(0, open);
      return end - start == text.length() ? new EvidenceSpan(text, start, end) : unplaced(s);
    } catch (NumberFormatException e) { // offsets past Integer.MAX_VALUE are not offsets
      return unplaced(s);
    }
  }

  private static boolean digits(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return placed() ? text + " [" + start + "," + end + "]" : text;
  }
}
