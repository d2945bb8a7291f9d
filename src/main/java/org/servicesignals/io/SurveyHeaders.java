package org.servicesignals.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;

/**
 * Rows below the header that are more header, not answers, taken out before anything is
 * classified: a number the user gives ({@code --skip-rows}), or what survey tools are known to
 * write when asked to find them.
 * <ul>
 *   <li>Qualtrics (CSV and XLSX, since 2017): row 1 the column ids ({@code ResponseId},
 *       {@code Q3}), row 2 the question text, row 3 {@code {"ImportId":"QID3_TEXT"}} per column.
 *       Found by the ImportId row, the first below the header, or the second when the header has
 *       Qualtrics's own columns ({@code ResponseId}, {@code StartDate}, …).</li>
 *   <li>SurveyMonkey ("All responses data", CSV and XLSX): row 1 the questions, row 2 what each
 *       column of a question holds ({@code Response}, {@code Open-Ended Response}, the choices),
 *       with the respondent's own columns empty. Found by that second row.</li>
 * </ul>
 * What was skipped, and where, is one of the source's {@link #notes}.
 */
final class SurveyHeaders extends ForwardingRows {
  /** A Qualtrics column's import id: {@code {"ImportId":"QID3_TEXT"}}, some with more keys. */
  private static final Pattern IMPORT_ID = Pattern.compile("\\{\\s*\"ImportId\"\\s*:.*\\}", Pattern.DOTALL);
  /** What SurveyMonkey's second header row says a question's column holds. */
  private static final List<String> SUB_ANSWERS = List.of("response", "open-ended response");

  private final int skip;
  private final Deque<Row> ahead = new ArrayDeque<>();
  private final List<String> notes = new ArrayList<>();
  private boolean started;

  private SurveyHeaders(RowSource in, int skip) {
    super(in);
    this.skip = skip;
  }

  /** {@code rows} without the {@code skip} rows below its header, or {@link ReadOptions#DETECT} those a survey tool wrote. */
  static RowSource of(RowSource rows, int skip) {
    return skip == 0 ? rows : new SurveyHeaders(rows, skip);
  }

  @Override
  public boolean hasNext() {
    if (!started) {
      started = true;
      start();
    }
    return !ahead.isEmpty() || in.hasNext();
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ahead.isEmpty() ? in.next() : ahead.poll();
  }

  @Override
  public List<String> notes() {
    hasNext();
    List<String> all = new ArrayList<>(in.notes());
    all.addAll(notes);
    return all;
  }

  private void start() {
    if (skip > 0) {
      List<Row> skipped = new ArrayList<>();
      while (skipped.size() < skip && in.hasNext()) {
        skipped.add(in.next());
      }
      if (!skipped.isEmpty()) {
        notes.add("skipped " + where(skipped) + " below the header, as --skip-rows " + skip + " says");
      }
      return;
    }
    if (!in.hasNext()) {
      return;
    }
    ahead.add(in.next());
    if (isImportIds(ahead.peek())) {
      drop(1, "a Qualtrics export's import-id row");
    } else if (isSubAnswers(ahead.peek())) {
      drop(1, "a SurveyMonkey export's second header row (\"Response\", \"Open-Ended Response\")");
    } else if (in.columns().stream().anyMatch(QUALTRICS_COLUMNS::contains) && in.hasNext()) {
      // the second row is read ahead only here: a stream fed row by row is not kept waiting for it
      ahead.add(in.next());
      if (isImportIds(ahead.peekLast())) {
        drop(2, "a Qualtrics export's question-text and import-id rows");
      }
    }
  }

  /** Columns every Qualtrics export has unless the user took them out. */
  private static final java.util.Set<String> QUALTRICS_COLUMNS =
      java.util.Set.of("ResponseId", "ResponseID", "StartDate", "EndDate", "RecordedDate", "Finished", "Progress");

  private void drop(int n, String what) {
    List<Row> skipped = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      skipped.add(ahead.poll());
    }
    notes.add("skipped " + where(skipped) + " below the header: " + what + ", not answers (--skip-rows 0 keeps them)");
  }

  private String where(List<Row> skipped) {
    long from = skipped.get(0).line();
    long to = skipped.get(skipped.size() - 1).line();
    return (from == to ? "line " + from : "lines " + from + "-" + to) + " of " + in.name();
  }

  /** Most of the row's non-empty cells, and at least one, are import ids. */
  static boolean isImportIds(Row r) {
    List<String> cells = nonEmpty(r.fields().values());
    long ids = cells.stream().filter(c -> IMPORT_ID.matcher(c).matches()).count();
    return ids > 0 && ids * 2 > cells.size();
  }

  /**
   * A SurveyMonkey sub-answer row: it says {@code Response} or {@code Open-Ended Response} in some
   * column, and its first column (the respondent id in every such export) is empty.
   */
  static boolean isSubAnswers(Row r) {
    List<String> all = new ArrayList<>(r.fields().values());
    boolean says = all.stream().anyMatch(c -> SUB_ANSWERS.contains(c.strip().toLowerCase(Locale.ROOT)));
    return says && !all.isEmpty() && all.get(0).isBlank();
  }

  private static List<String> nonEmpty(Collection<String> values) {
    return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
  }
}
