package org.servicesignals.io.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Text parts decoded by their declared charset, as mail readers do when the label is wrong. */
class MailCharsetsTest {
  static String decoded(byte[] bytes, String declared) {
    MailCharsets.Decoded d = MailCharsets.decode(bytes, declared);
    assertThat(d.error()).isEmpty();
    return d.text();
  }

  @Test
  void declaredCharsetsAreRead() {
    String fi = "Hyvitys 25 € näkyi heti";
    assertThat(decoded(fi.getBytes(Charset.forName("ISO-8859-15")), "iso-8859-15")).isEqualTo(fi);
    assertThat(decoded(fi.getBytes(Charset.forName("windows-1252")), "windows-1252")).isEqualTo(fi);
    String ta = "மிக்க நன்றி";
    assertThat(decoded(ta.getBytes(StandardCharsets.UTF_16), "UTF-16")).isEqualTo(ta);
    assertThat(decoded(ta.getBytes(StandardCharsets.UTF_16LE), "utf-16le")).isEqualTo(ta);
  }

  @Test
  void latin1LabelReadsWindows1252Punctuation() {
    byte[] quotes = {(byte) 0x93, 'O', 'K', (byte) 0x94, ' ', (byte) 0x80};
    assertThat(decoded(quotes, "ISO-8859-1")).isEqualTo("\u201COK\u201D €");
  }

  @Test
  void iso88596LabelReadsUrduLettersAsWindows1256() {
    String ur = "شکريہ، سب ٹھيک تھا";
    assertThat(decoded(ur.getBytes(Charset.forName("windows-1256")), "iso-8859-6")).isEqualTo(ur);
  }

  @Test
  void undeclaredOrAsciiOrUnknownIsUtf8ElseWindows1252() {
    String hi = "सेवा अच्छी थी";
    assertThat(decoded(hi.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(hi);
    assertThat(decoded(hi.getBytes(StandardCharsets.UTF_8), "us-ascii")).isEqualTo(hi);
    assertThat(decoded(hi.getBytes(StandardCharsets.UTF_8), "x-unknown-charset")).isEqualTo(hi);
    assertThat(decoded("Päivää".getBytes(Charset.forName("windows-1252")), null)).isEqualTo("Päivää");
  }

  @Test
  void aWrongLabelOnUtf8IsReadAsUtf8() {
    String ur = "بہت شکریہ";
    assertThat(decoded(ur.getBytes(StandardCharsets.UTF_8), "iso-8859-8")).isEqualTo(ur);
  }

  @Test
  void bytesNoCharsetReadsAreAnErrorNotReplacementCharacters() {
    byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, 0x00};
    MailCharsets.Decoded d = MailCharsets.decode(bad, "utf-8");
    assertThat(d.error()).contains("not valid in its charset 'utf-8' nor in UTF-8");
    assertThat(d.text()).isEmpty();
  }
}
