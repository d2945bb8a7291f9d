package org.servicesignals.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.servicesignals.core.SourceRow;

/**
 * The body of {@code POST /v1/classify}, read and checked: one message {@code {"text", "lang"?,
 * "id"?, "explain"?}} or a batch {@code {"messages": [{"text", "lang"?, "id"?}, ...], "explain"?}}.
 * Every message becomes a {@link SourceRow} with the columns {@code text}, {@code id} and {@code
 * lang}, so batch classification reads it by the same rules as a row of a file: an empty text or
 * an unsupported language is that message's error, not the request's. What is wrong with the
 * request itself — not JSON, a missing, mistyped or unknown field, an empty or oversized batch, a
 * text over the length limit — is an {@link ApiError} naming the field ({@code messages[3].text}).
 *
 * @param rows one row per message, in request order; a message without an id gets its 1-based position
 * @param explain whether evidence was asked for
 * @param batch whether the request was a batch (answered as {@code {"results": [...]}})
 */
record ClassifyRequest(List<SourceRow> rows, boolean explain, boolean batch) {
  static final String TEXT = "text";
  static final String ID = "id";
  static final String LANG = "lang";
  static final String EXPLAIN = "explain";
  static final String MESSAGES = "messages";
  private static final Set<String> SINGLE = Set.of(TEXT, LANG, ID, EXPLAIN);
  private static final Set<String> BATCH = Set.of(MESSAGES, EXPLAIN);
  private static final Set<String> MESSAGE = Set.of(TEXT, LANG, ID);

  /**
   * Strict JSON: no comments, no trailing commas or tokens, no repeated keys (which one would win
   * is up to the parser, so a proxy and this server could read different messages), and no deeper
   * than a request can be.
   */
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxNumberLength(64).build())
      .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Reads {@code body}; a message over {@code maxChars} or a batch over {@code maxBatch} is refused. */
  static ClassifyRequest parse(String body, int maxBatch, int maxChars) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiError.of(400, "invalid_json", "the body is not valid JSON: " + describe(e));
    }
    if (root == null || root.isMissingNode()) {
      throw ApiError.of(400, "invalid_json", "the body is empty: send {\"text\": \"...\"} or {\"messages\": [...]}");
    }
    if (!root.isObject()) {
      throw ApiError.of(400, "wrong_type", "the body is a JSON " + type(root)
          + ", not an object: send {\"text\": \"...\"} or {\"messages\": [...]}");
    }
    boolean batch = root.has(MESSAGES);
    known(root, batch ? BATCH : SINGLE, "", batch ? "messages and explain" : "text, lang, id and explain (or messages)");
    boolean explain = bool(root.get(EXPLAIN), EXPLAIN);
    if (!batch) {
      return new ClassifyRequest(List.of(row(root, 1, "", maxChars)), explain, false);
    }
    JsonNode messages = root.get(MESSAGES);
    if (!messages.isArray()) {
      throw ApiError.badField("wrong_type", MESSAGES, "'messages' must be an array of message objects, not " + an(messages));
    }
    if (messages.isEmpty()) {
      throw ApiError.badField("empty_batch", MESSAGES, "'messages' is empty: send at least one message");
    }
    if (messages.size() > maxBatch) {
      throw new ApiError(413, "batch_too_large", String.format(Locale.ROOT,
          "'messages' holds %,d messages, over the limit of %,d a request: split the batch", messages.size(), maxBatch),
          MESSAGES, Map.of());
    }
    List<SourceRow> rows = new ArrayList<>(messages.size());
    for (int i = 0; i < messages.size(); i++) {
      String at = MESSAGES + "[" + i + "]";
      JsonNode m = messages.get(i);
      if (!m.isObject()) {
        throw ApiError.badField("wrong_type", at, at + " must be an object with \"text\", not " + an(m));
      }
      known(m, MESSAGE, at + ".", "text, lang and id");
      rows.add(row(m, i + 1, at + ".", maxChars));
    }
    return new ClassifyRequest(List.copyOf(rows), explain, true);
  }

  /** The message at {@code prefix} as a row: text, id (its position when none) and declared language. */
  private static SourceRow row(JsonNode m, int position, String prefix, int maxChars) {
    JsonNode text = m.get(TEXT);
    if (text == null) {
      throw ApiError.badField("missing_field", prefix + TEXT, "'" + prefix + TEXT + "' is missing: every message needs its text");
    }
    if (!text.isTextual()) {
      throw ApiError.badField("wrong_type", prefix + TEXT, "'" + prefix + TEXT + "' must be a string, not " + an(text));
    }
    String t = text.textValue();
    if (t.length() > maxChars) {
      throw new ApiError(422, "text_too_long", String.format(Locale.ROOT,
          "'%s' is %,d characters, over the limit of %,d", prefix + TEXT, t.length(), maxChars), prefix + TEXT, Map.of());
    }
    Map<String, String> fields = new LinkedHashMap<>(4);
    fields.put(TEXT, t);
    fields.put(ID, id(m.get(ID), prefix + ID, position));
    fields.put(LANG, string(m.get(LANG), prefix + LANG));
    return SourceRow.of(position, fields);
  }

  private static void known(JsonNode object, Set<String> allowed, String prefix, String expected) {
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw ApiError.badField("unknown_field", prefix + name, "unknown field '" + prefix + name + "': expected " + expected);
      }
    }
  }

  private static String id(JsonNode v, String field, int position) {
    if (v == null || v.isNull()) {
      return Integer.toString(position);
    }
    if (v.isTextual()) {
      return v.textValue();
    }
    if (v.isIntegralNumber()) {
      return v.asText();
    }
    throw ApiError.badField("wrong_type", field, "'" + field + "' must be a string or an integer, not " + an(v));
  }

  /** A string field; absent or null is empty (for a language: detect it). */
  private static String string(JsonNode v, String field) {
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isTextual()) {
      throw ApiError.badField("wrong_type", field, "'" + field + "' must be a string, not " + an(v));
    }
    return v.textValue();
  }

  private static boolean bool(JsonNode v, String field) {
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      throw ApiError.badField("wrong_type", field, "'" + field + "' must be true or false, not " + an(v));
    }
    return v.booleanValue();
  }

  private static String an(JsonNode v) {
    String t = type(v);
    return v.isNull() ? t : (t.startsWith("a") || t.startsWith("o") ? "an " : "a ") + t;
  }

  private static String type(JsonNode v) {
    return switch (v.getNodeType()) {
      case ARRAY -> "array";
      case OBJECT -> "object";
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      default -> "value";
    };
  }

  /** Jackson's reason and where, without the body it quotes. */
  private static String describe(JsonProcessingException e) {
    String reason = e.getOriginalMessage();
    int cut = reason.indexOf('\n');
    if (cut > 0) {
      reason = reason.substring(0, cut);
    }
    if (reason.length() > 200) {
      reason = reason.substring(0, 200) + "…";
    }
    JsonLocation at = e.getLocation();
    return at == null || at.getLineNr() < 1 ? reason
        : reason + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
  }
}
