package org.servicesignals.io.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The new part of an e-mail body: the words its sender wrote for this message, without the message
 * replied to or forwarded, and without the signature. A reply that says "Thanks, that sorted it."
 * above the old complaint is a thank-you, not a complaint.
 *
 * <p>Taken out, in Hindi, Finnish, Urdu, Tamil and English and the forms the common clients write:
 * <ul>
 *   <li>quoted lines, starting with {@code >} (HTML {@code <blockquote>} and Gmail's
 *       {@code gmail_quote} arrive as such lines, see {@link HtmlText}); text between quoted blocks
 *       (an answer written inline) is kept;</li>
 *   <li>from a reply header on: Gmail and Apple Mail "On … wrote:" and its Hindi "… ने लिखा:", Finnish
 *       "… kirjoitti:" (Apple Mail: "… kirjoitti 3.3.2026 kello 10.15:"), Urdu "… نے لکھا:" and Tamil
 *       "… எழுதியது:" forms, also wrapped over two or three lines; Outlook's "-----Original Message-----"
 *       and its translations; Outlook's header block ("From: … Sent: …", Finnish "Lähettäjä: …
 *       Lähetetty: …"), with the line of underscores above it;</li>
 *   <li>from a forwarded-message marker on ("---------- Forwarded message ---------", "Begin forwarded
 *       message:", "Välitetty viesti" …);</li>
 *   <li>from a signature on: the "-- " delimiter, and the lines phones add ("Sent from my iPhone",
 *       "Lähetetty iPhonesta", "Get Outlook for Android", "मेरे iPhone से भेजा गया" …).</li>
 * </ul>
 * A message whose sender wrote nothing above a forwarded message (or an Outlook header block) is the
 * forwarded message: its new part is read instead, so a forwarded complaint is judged by the
 * complaint.
 */
public final class QuotedText {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** Direction marks and embeddings that Urdu mail clients put around reply headers. */
  private static final Pattern BIDI = Pattern.compile("[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]");
  /** Sentence-final punctuation in the five scripts: a line ending so is not half of a reply header. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?।۔؟…]$");
  /** How the first line of a reply header wrapped over lines starts: "On", a date early on, or an address. */
  private static final Pattern WRAPPED_START = Pattern.compile("^(?i:on )|^.{0,15}\\d|[<@]");
  private static final Pattern ATTRIBUTION_VERB = Pattern.compile(
      "\\bwrote\\b|\\bwrites\\b|\\bkirjoitti\\b|लिखा|لکھا|எழுதியது|எழுதினார்", FLAGS);
  private static final Pattern REPLY_MARKER = Pattern.compile(
      "-{2,}\\s*(original message|alkuperäinen viesti|मूल संदेश|اصل پیغام|அசல் செய்தி)\\s*-{2,}", FLAGS);
  private static final Pattern FORWARD_MARKER = Pattern.compile(
      "-{2,}\\s*(forwarded message|välitetty viesti|edelleenlähetetty viesti|अग्रेषित संदेश"
          + "|फ़ॉरवर्ड किया गया संदेश|फॉरवर्ड किया गया संदेश|آگے بھیجا گیا پیغام|فارورڈ کیا گیا پیغام"
          + "|முன்னனுப்பப்பட்ட செய்தி|அனுப்பப்பட்ட செய்தி)\\s*-{2,}"
          + "|(begin forwarded message|välitetty viesti alkaa)\\s*:", FLAGS);
  /** The first line of an Outlook header block: "From:" in the five languages. */
  private static final Pattern HEADER_FROM = Pattern.compile(
      "\\*?(from|lähettäjä|प्रेषक|منجانب|بھیجنے والا|அனுப்புநர்)\\s*\\*?\\s*:.*\\S.*", FLAGS);
  /** A later line of the same block: "Sent:" or "Date:". */
  private static final Pattern HEADER_SENT = Pattern.compile(
      "\\*?(sent|date|lähetetty|päivämäärä|भेजा गया|दिनांक|بھیجا گیا|تاریخ|அனுப்பப்பட்டது|தேதி)\\s*\\*?\\s*:.*", FLAGS);
  /** Any "Name: value" line of a header block. */
  private static final Pattern HEADER_LINE = Pattern.compile("\\*?[\\p{L}\\p{M}][\\p{L}\\p{M} .-]{0,30}\\*?\\s*:.*");
  private static final Pattern UNDERSCORES = Pattern.compile("_{8,}");
  private static final Pattern PHONE_SIGNATURE = Pattern.compile(
      "sent from my .{1,40}|sent from (outlook|mail|yahoo mail|gmail|proton mail)\\b.{0,40}"
          + "|get outlook for .{1,20}|sent with proton mail.{0,40}"
          + "|lähetetty (iphonesta|ipadista|androidista|outlookista|.{1,30}-(laitteesta|puhelimesta)).{0,40}"
          + "|hanki outlook for .{1,20}"
          + "|मेरे .{1,40} से भेजा गया|میرے .{1,40} سے بھیجا گیا|எனது .{1,40} (இலிருந்து|இல் இருந்து) அனுப்பப்பட்டது",
      FLAGS);
  /** Reply prefixes of subjects: English and mail clients' others, Finnish (VS), Hindi, Urdu, Tamil. */
  private static final String REPLY_WORDS = "re|aw|vs|sv|antw|odp|jawab|جواب|رد|उत्तर|जवाब|பதில்";
  /** Forward prefixes: English, Finnish (VL, "välitetty"), German, French. */
  private static final String FORWARD_WORDS = "fwd?|vl|wg|tr";
  /** A prefix's counter ("Re[2]:") and its colon, ASCII or fullwidth. */
  private static final String PREFIX_END = "\\s*(\\[\\d+]|\\(\\d+\\))?\\s*[:：]";
  private static final Pattern REPLY_PREFIX = Pattern.compile("^\\s*(" + REPLY_WORDS + ")" + PREFIX_END, FLAGS);
  private static final Pattern PREFIXES = Pattern.compile(
      "^\\s*((" + REPLY_WORDS + "|" + FORWARD_WORDS + ")" + PREFIX_END + "\\s*)+", FLAGS);
  /** Lines of a reply header looked at together: Gmail wraps a long one. */
  private static final int ATTRIBUTION_LINES = 3;
  private static final int ATTRIBUTION_MAX_CHARS = 400;
  /** An Outlook header block has its "Sent:" line within this many lines of its "From:". */
  private static final int HEADER_BLOCK_LINES = 6;
  /** Forwards inside forwards followed this deep. */
  private static final int MAX_FORWARDS = 4;

  private QuotedText() {}

  /** The new part of {@code body} (plain text, quoted lines starting with {@code >}), trimmed. */
  public static String newPart(String body) {
    return newPart(lines(body), 0);
  }

  /**
   * The words of {@code subject} that belong to its message: none for a reply ("Re: Refund still
   * missing" was written for the thread's first message, and judging the thank-you that answers it
   * by it would put the thank-you among the complaints); for anything else the subject without its
   * forward prefixes ("Fwd: Refund" is "Refund").
   */
  public static String ownSubject(String subject) {
    if (REPLY_PREFIX.matcher(subject).find()) {
      return "";
    }
    return PREFIXES.matcher(subject).replaceFirst("").strip();
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\r\n|\r|\n", -1));
  }

  private static String newPart(List<String> lines, int forwards) {
    List<String> kept = new ArrayList<>();
    int n = lines.size();
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      String t = clean(line);
      if (quoted(t)) {
        continue;
      }
      if (signature(line) || PHONE_SIGNATURE.matcher(t).matches() || REPLY_MARKER.matcher(t).matches()) {
        break;
      }
      if (FORWARD_MARKER.matcher(t).matches()) {
        if (blank(kept) && forwards < MAX_FORWARDS) {
          return newPart(forwarded(lines, i + 1), forwards + 1);
        }
        break;
      }
      int block = UNDERSCORES.matcher(t).matches() ? nextNonBlank(lines, i + 1) : i;
      if (block < n && headerBlock(lines, block)) {
        if (blank(kept) && forwards < MAX_FORWARDS) {
          return newPart(lines.subList(headerEnd(lines, block), n), forwards + 1);
        }
        break;
      }
      int span = attribution(lines, i);
      if (span > 0) {
        int next = nextNonBlank(lines, i + span);
        if (next < n && quoted(clean(lines.get(next)))) {
          i += span - 1; // the header of a quoted block: the block goes, the text after it stays
          continue;
        }
        break;
      }
      kept.add(line);
    }
    return String.join("\n", kept).strip();
  }

  private static String clean(String line) {
    return BIDI.matcher(line).replaceAll("").replace('\u00A0', ' ').strip();
  }

  private static boolean quoted(String cleaned) {
    return cleaned.startsWith(">");
  }

  /** The "-- " line (RFC 3676 section 4.3), also without its space, as some clients send it. */
  private static boolean signature(String line) {
    return line.equals("-- ") || line.equals("--");
  }

  private static boolean blank(List<String> lines) {
    return lines.stream().allMatch(String::isBlank);
  }

  private static int nextNonBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }

  /**
   * How many lines, from {@code at}, make a reply header ("On Tue, 3 Mar 2026 at 09:14, Anna
   * &lt;anna@example.com&gt; wrote:"); 0 when they do not. A header names its sender's address or a
   * date, ends with a colon and has the verb; one starting "On " need not have either.
   */
  private static int attribution(List<String> lines, int at) {
    StringBuilder joined = new StringBuilder();
    for (int k = 0; k < ATTRIBUTION_LINES && at + k < lines.size(); k++) {
      String t = clean(lines.get(at + k));
      if (t.isEmpty() || quoted(t)) {
        return 0;
      }
      if (k > 0) {
        // a wrapped header is a paragraph of its own, and its first line starts as a header does
        // ("On …", a date, a sender's address) and ends mid-sentence
        if (at > 0 && !lines.get(at - 1).isBlank() || SENTENCE_END.matcher(joined).find()
            || !WRAPPED_START.matcher(joined).find()) {
          return 0;
        }
        joined.append(' ');
      }
      joined.append(t);
      if (joined.length() > ATTRIBUTION_MAX_CHARS) {
        return 0;
      }
      String s = joined.toString();
      if (s.endsWith(":") && ATTRIBUTION_VERB.matcher(s).find()
          && (s.regionMatches(true, 0, "On ", 0, 3) || s.indexOf('@') >= 0 || s.chars().anyMatch(Character::isDigit))) {
        return k + 1;
      }
    }
    return 0;
  }

  /** Whether an Outlook header block starts at {@code at}: a "From:" line, then a "Sent:" or "Date:" line. */
  private static boolean headerBlock(List<String> lines, int at) {
    if (!HEADER_FROM.matcher(clean(lines.get(at))).matches()) {
      return false;
    }
    for (int k = 1; k <= HEADER_BLOCK_LINES && at + k < lines.size(); k++) {
      String t = clean(lines.get(at + k));
      if (t.isEmpty()) {
        return false;
      }
      if (HEADER_SENT.matcher(t).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The line after a header block: its "Name: value" lines and their continuations. */
  private static int headerEnd(List<String> lines, int at) {
    int i = at;
    while (i < lines.size()) {
      String raw = lines.get(i);
      String t = clean(raw);
      if (t.isEmpty()) {
        break;
      }
      if (!HEADER_LINE.matcher(t).matches() && !Character.isWhitespace(raw.charAt(0))) {
        break;
      }
      i++;
    }
    return i;
  }

  /** The forwarded message after a marker: one level of quoting removed, its header block skipped. */
  private static List<String> forwarded(List<String> lines, int from) {
    List<String> rest = lines.subList(from, lines.size());
    boolean allQuoted = rest.stream().map(QuotedText::clean).filter(t -> !t.isEmpty()).allMatch(QuotedText::quoted);
    List<String> out = new ArrayList<>(rest.size());
    for (String line : rest) {
      String t = allQuoted ? clean(line) : line;
      out.add(allQuoted && t.startsWith(">") ? t.substring(t.startsWith("> ") ? 2 : 1) : t);
    }
    int start = nextNonBlank(out, 0);
    if (start < out.size() && HEADER_LINE.matcher(clean(out.get(start))).matches()) {
      start = headerEnd(out, start);
    }
    return out.subList(start, out.size());
  }
}
