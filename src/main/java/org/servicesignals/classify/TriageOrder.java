package org.servicesignals.classify;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.servicesignals.core.Label;
import org.servicesignals.core.Prediction;

/**
 * The order of a support team's queue, worst first, the same for every front end ({@code triage},
 * the server's page):
 * <ol>
 *   <li>{@link Group#POOR} — poor service, the surest first: what needs an answer today;</li>
 *   <li>{@link Group#UNREAD} — messages that could not be classified (a broken message, a language
 *       not supported, nothing to read): a person has to open them, so they sit right after the poor
 *       ones rather than at the bottom, where nobody looks;</li>
 *   <li>{@link Group#GOOD} — the surest first;</li>
 *   <li>{@link Group#EXCEPTIONAL} — kudos, the surest first, together at the end of the queue, where
 *       a team collects its praise.</li>
 * </ol>
 * Within a group, higher confidence comes first; equal ones keep their input order when sorted
 * with a stable sort ({@link List#sort}).
 */
public final class TriageOrder {
  /** The queue's sections, in queue order. */
  public enum Group {
    POOR("poor"), UNREAD("unread"), GOOD("good"), EXCEPTIONAL("kudos");

    private final String id;

    Group(String id) {
      this.id = id;
    }

    /** A short name for a person: poor, unread, good, kudos. */
    public String id() {
      return id;
    }
  }

  /** Queue order of predictions. */
  public static final Comparator<Prediction> QUEUE = Comparator.comparing(TriageOrder::group)
      .thenComparing(Comparator.comparingDouble(Prediction::confidence).reversed());

  private TriageOrder() {}

  /** The section a prediction belongs to. */
  public static Group group(Prediction p) {
    if (!p.ok() || p.label().isEmpty()) {
      return Group.UNREAD;
    }
    Label l = p.label().get();
    return switch (l) {
      case POOR -> Group.POOR;
      case GOOD -> Group.GOOD;
      case EXCEPTIONAL -> Group.EXCEPTIONAL;
    };
  }

  /** Queue order of anything that carries a prediction (a row, a message). */
  public static <T> Comparator<T> by(Function<? super T, Prediction> prediction) {
    return Comparator.comparing(prediction, QUEUE);
  }
}
