package org.servicesignals.io.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a part's bytes into text by the charset it declares, as mail readers do when senders get
 * the label wrong. Labels that mail software commonly writes for a superset are read as the
 * superset, as the WHATWG Encoding Standard does for the web ({@code iso-8859-1} as windows-1252,
 * {@code iso-8859-6} as windows-1256, which has the Urdu letters
 * ے ہ ں ٹ ڈ ڑ گ that ISO-8859-6 lacks). Bytes that are not valid in the declared charset are tried
 * as UTF-8 (the usual mislabel), and an undeclared, {@code us-ascii} or unknown charset is read as UTF-8 when the
 * bytes are valid UTF-8 and as windows-1252 otherwise. Text is never decoded with replacement
 * characters: bytes no charset reads are the message's error.
 */
final class MailCharsets {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** Label read as a superset: WHATWG Encoding Standard, section 4.2 "Names and labels". */
  private static final Map<String, String> SUPERSETS = Map.of(
      "iso-8859-1", "windows-1252",
      "iso-8859-6", "windows-1256",
      "iso-8859-9", "windows-1254",
      "iso-8859-11", "x-windows-874",
      "tis-620", "x-windows-874",
      "gb2312", "GBK",
      "ks_c_5601-1987", "x-windows-949");

  private MailCharsets() {}

  /** The bytes as text, or why they could not be read. */
  static Decoded decode(byte[] bytes, String declared) {
    // us-ascii is what MIME assumes when nothing is declared, and 8-bit bytes under it are mostly UTF-8
    Optional<Charset> named = lookup(declared).filter(cs -> !cs.equals(StandardCharsets.US_ASCII));
    if (named.isPresent()) {
      Charset cs = superset(named.get());
      Optional<String> text = strict(bytes, cs);
      if (text.isPresent()) {
        return new Decoded(text.get(), "");
      }
    }
    Optional<String> text = strict(bytes, StandardCharsets.UTF_8);
    if (text.isPresent()) {
      return new Decoded(text.get(), "");
    }
    if (named.isEmpty()) {
      text = strict(bytes, WINDOWS_1252);
      if (text.isPresent()) {
        return new Decoded(text.get(), "");
      }
    }
    String label = declared == null || declared.isBlank() ? "no charset declared" : "charset '" + declared + "'";
    return new Decoded("", "its text has bytes that are not valid in its " + label + " nor in UTF-8");
  }

  /** Text, or the reason there is none. */
  record Decoded(String text, String error) {}

  static Optional<Charset> lookup(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(name.strip().replace("\"", "")));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static Charset superset(Charset cs) {
    String wider = SUPERSETS.get(cs.name().toLowerCase(Locale.ROOT));
    return wider == null ? cs : lookup(wider).orElse(cs);
  }

  private static Optional<String> strict(byte[] bytes, Charset cs) {
    try {
      return Optional.of(cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
