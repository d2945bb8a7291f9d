package org.servicesignals.io.mail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicesignals.classify.BatchOptions;
import org.servicesignals.classify.PredictionColumns;
import org.servicesignals.core.SourceRow;

/**
 * Mail as batch classification reads it and as the triage queue writes it: one row per message,
 * {@code message_id from date subject source position}, then the {@code classify} columns
 * ({@link PredictionColumns}) and {@code evidence}; with explanations also {@code lang_source},
 * {@code known_tokens}, {@code tokens} and the {@code text} that was classified (subject and new
 * part of the body, which evidence offsets point into).
 */
public final class MailColumns {
  /** The columns that say which message a row is. */
  public static final List<String> MESSAGE = List.of("message_id", "from", "date", "subject", "source", "position");
  /** The field batch classification reads the text from. */
  public static final String TEXT = "text";

  private final PredictionColumns predictions;
  private final List<String> names;

  private MailColumns(boolean explain, double reviewBelow) {
    this.predictions = PredictionColumns.beside(MESSAGE, true, reviewBelow);
    List<String> n = new ArrayList<>(MESSAGE);
    for (String c : PredictionColumns.BASE) {
      n.add(predictions.name(c));
    }
    n.add(predictions.name("evidence"));
    if (explain) {
      for (String c : PredictionColumns.EXPLAIN) {
        if (!c.equals("evidence")) {
          n.add(predictions.name(c));
        }
      }
      n.add(TEXT);
    }
    this.names = List.copyOf(n);
  }

  /** The queue's columns; with {@code explain} the explanation columns and the text too. */
  public static MailColumns of(boolean explain) {
    return of(explain, PredictionColumns.REVIEW_BELOW);
  }

  /** As {@link #of(boolean)}, flagging labels for review below {@code reviewBelow}. */
  public static MailColumns of(boolean explain, double reviewBelow) {
    return new MailColumns(explain, reviewBelow);
  }

  /** Column names, in order. */
  public List<String> names() {
    return names;
  }

  /**
   * How batch classification reads mail: the {@link #TEXT} field, evidence always found (the queue
   * shows it), {@code threads} workers, the usual length limit.
   */
  public static BatchOptions batchOptions(int threads) {
    return new BatchOptions(TEXT, Optional.empty(), Optional.empty(), Optional.empty(), true, threads,
        BatchOptions.MAX_CHARS);
  }

  /** The message as a row to classify: its text, or its error. */
  public static SourceRow source(MailMessage m) {
    return new SourceRow(m.position(), Map.of(TEXT, m.text()), Map.of(), m.error());
  }

  /** The queue row of a classified message: these columns only, in order. */
  public Map<String, Object> row(MailMessage m, org.servicesignals.core.Prediction p) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("message_id", m.messageId());
    all.put("from", m.from());
    all.put("date", m.date());
    all.put("subject", m.subject());
    all.put("source", m.source());
    all.put("position", m.position());
    predictions.put(all, p);
    all.put(TEXT, m.text());
    Map<String, Object> out = new LinkedHashMap<>();
    for (String c : names) {
      out.put(c, all.get(c));
    }
    return out;
  }
}
