package org.servicesignals.io.mail;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML mail part, in lines, as a plain-text reader would see it: block elements and
 * {@code <br>} break lines, {@code <blockquote>} (how Gmail, Apple Mail and Thunderbird quote the
 * message replied to) becomes lines starting with {@code >} so {@link QuotedText} treats quoted HTML
 * and quoted plain text alike, and what a reader never sees as text is dropped: scripts, styles, the
 * head, hidden elements, and the signature blocks mail clients mark ({@code gmail_signature},
 * {@code moz-signature}, Outlook's {@code Signature}). Images count only by an alt text with no
 * letters or digits: Gmail writes emoji as images whose alt text is the emoji.
 */
final class HtmlText {
  private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "center", "dd",
      "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
      "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "tr",
      "ul");
  private static final String UNSEEN = "script, style, head, title, noscript, template, svg, object, iframe, "
      + "[hidden], [style~=(?i)display\\s*:\\s*none], .gmail_signature, .gmail_signature_prefix, .moz-signature, "
      + "#Signature";

  private HtmlText() {}

  static String text(String html) {
    Document doc = Jsoup.parse(html);
    doc.select(UNSEEN).remove();
    Lines lines = new Lines();
    NodeTraversor.traverse(lines, doc.body() != null ? doc.body() : doc);
    return lines.finish();
  }

  /** Walks the tree writing lines, each prefixed by its quote depth. */
  private static final class Lines implements NodeVisitor {
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder line = new StringBuilder();
    private int quoteDepth;
    private int lineDepth;
    private int pre;
    private boolean blankWritten = true;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(pre > 0 ? t.getWholeText() : t.getWholeText().replaceAll("[\\s\u00A0]+", " "));
      } else if (node instanceof Element e) {
        String name = e.normalName();
        switch (name) {
          case "br" -> breakLine(true);
          case "img" -> {
            String alt = e.attr("alt").strip();
            if (!alt.isEmpty() && alt.length() <= 16 && alt.codePoints().noneMatch(Character::isLetterOrDigit)) {
              append(alt);
            }
          }
          case "td", "th" -> append(" ");
          case "pre" -> {
            breakLine(false);
            pre++;
          }
          case "blockquote" -> {
            breakLine(false);
            quoteDepth++;
          }
          default -> {
            if (BLOCKS.contains(name)) {
              breakLine(false);
            }
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        String name = e.normalName();
        if (name.equals("blockquote")) {
          breakLine(false);
          quoteDepth--;
        } else if (name.equals("pre")) {
          breakLine(false);
          pre--;
        } else if (name.equals("p") || name.startsWith("h") && name.length() == 2) {
          breakLine(false);
          blankLine();
        } else if (BLOCKS.contains(name)) {
          breakLine(false);
        }
      }
    }

    private void append(String s) {
      if (pre > 0 && s.indexOf('\n') >= 0) {
        String[] parts = s.split("\r?\n", -1);
        for (int i = 0; i < parts.length; i++) {
          if (i > 0) {
            breakLine(true);
          }
          append(parts[i]);
        }
        return;
      }
      if (line.length() == 0) {
        if (s.isBlank()) {
          return;
        }
        lineDepth = quoteDepth;
        s = s.stripLeading();
      } else if (line.charAt(line.length() - 1) == ' ' && s.startsWith(" ")) {
        s = s.substring(1);
      }
      line.append(s);
    }

    /** Ends the line; an empty line is written only for {@code <br>} (a line break the writer made). */
    private void breakLine(boolean always) {
      String text = line.toString().strip();
      line.setLength(0);
      if (text.isEmpty()) {
        if (always) {
          blankLine();
        }
        return;
      }
      if (lineDepth > 0) {
        out.append(">".repeat(lineDepth)).append(' ');
      }
      out.append(text).append('\n');
      blankWritten = false;
    }

    private void blankLine() {
      if (!blankWritten) {
        out.append('\n');
        blankWritten = true;
      }
    }

    String finish() {
      breakLine(false);
      return out.toString().strip();
    }
  }
}
