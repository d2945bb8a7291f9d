package org.servicesignals.io.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** HTML mail parts as the lines a reader sees. */
class HtmlTextTest {
  @Test
  void scriptsStylesAndTheHeadAreNotText() {
    String text = HtmlText.text("<html><head><title>Order 7</title><style>p{color:red}</style></head><body>"
        + "<script>alert('awful')</script><p>The parcel came on time.</p><noscript>terrible</noscript></body></html>");
    assertThat(text).isEqualTo("The parcel came on time.");
  }

  @Test
  void blocksAndBreaksMakeLinesAndInlineTextFlows() {
    assertThat(HtmlText.text("<div>First <b>bold</b> and <i>italic</i></div><div>Second<br>Third</div><p>Para</p>"))
        .isEqualTo("First bold and italic\nSecond\nThird\nPara");
    assertThat(HtmlText.text("<p>One</p><p>Two</p>")).isEqualTo("One\n\nTwo");
    assertThat(HtmlText.text("<pre>line 1\nline 2</pre>")).isEqualTo("line 1\nline 2");
  }

  @Test
  void blockquotesBecomeQuotedLinesAtTheirDepth() {
    assertThat(HtmlText.text("<div>Thanks!</div><blockquote type=\"cite\">Old<blockquote>Older</blockquote></blockquote>"))
        .isEqualTo("Thanks!\n> Old\n>> Older");
  }

  @Test
  void gmailQuoteAndSignatureBlocks() {
    String html = "<div dir=\"ltr\">Works now, thank you.</div><br><span class=\"gmail_signature_prefix\">-- </span>"
        + "<div class=\"gmail_signature\">Anna Korhonen<br>Never disappointed</div>"
        + "<div class=\"gmail_quote\"><div class=\"gmail_attr\">On Mon, 2 Mar 2026 at 10:15, Support &lt;s@x.example&gt; wrote:<br></div>"
        + "<blockquote class=\"gmail_quote\">The engineer will come.</blockquote></div>";
    String text = HtmlText.text(html);
    assertThat(text).doesNotContain("Anna Korhonen").contains("> The engineer will come.");
    assertThat(QuotedText.newPart(text)).isEqualTo("Works now, thank you.");
  }

  @Test
  void hiddenElementsAreNotText() {
    assertThat(HtmlText.text("<div style=\"display: none\">preview text</div><div hidden>x</div><p>Shown</p>"))
        .isEqualTo("Shown");
  }

  @Test
  void entitiesAndNonBreakingSpacesAreText() {
    assertThat(HtmlText.text("<p>Fish&nbsp;&amp;&nbsp;chips &lt;3</p>")).isEqualTo("Fish & chips <3");
  }

  @Test
  void emojiImagesCountByTheirAltText() {
    assertThat(HtmlText.text("<p>Delivery <img alt=\"😡\" src=\"cid:1\"> again late <img alt=\"logo of the shop\"></p>"))
        .isEqualTo("Delivery 😡 again late");
  }

  @Test
  void emptyAndBrokenHtmlNeverThrow() {
    assertThat(HtmlText.text("")).isEmpty();
    assertThat(HtmlText.text("<div><p>unclosed <b>tags")).isEqualTo("unclosed tags");
    assertThat(HtmlText.text("<<<>>>&&&;;")).isNotNull();
  }
}
