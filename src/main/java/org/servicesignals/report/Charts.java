package org.servicesignals.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.servicesignals.eval.LanguageComparison;
import org.servicesignals.eval.LearningCurves;
import org.servicesignals.eval.Reliability;
import org.servicesignals.eval.SplitScores;

/** The report's charts, drawn by XChart, as inline SVG. */
final class Charts {
  /** One colour per held-out split and per language, the same on every chart (colour-blind safe, Okabe-Ito). */
  static final Color TEST = new Color(0, 114, 178);
  static final Color WILD = new Color(213, 94, 0);
  private static final Color[] LANGUAGES = {new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
      new Color(204, 121, 167), new Color(86, 180, 233)};
  /** Bins with fewer predictions than this are not drawn: two or three messages make a point that swings from 0 to 1. */
  static final int MIN_BIN = 5;
  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);

  private Charts() {}

  static Color split(String split) {
    return "test".equals(split) ? TEST : WILD;
  }

  /** Macro-F1 of each language's model on each split, with its 95% bootstrap interval as a whisker. */
  static String macroF1(LanguageComparison c, List<String> splits) {
    List<String> langs = new ArrayList<>(c.languages().keySet());
    double low = 1;
    for (var l : c.languages().values()) {
      for (SplitScores sc : l.splits().values()) {
        low = Math.min(low, sc.scores().interval().get(0));
      }
    }
    double yMin = floor(low);
    XYChart chart = xy(640, 340, "Macro-F1 with 95% bootstrap intervals", "", "macro-F1");
    chart.getStyler().setXAxisMin(0.5).setXAxisMax(langs.size() + 0.5).setYAxisMin(yMin).setYAxisMax(1.0);
    chart.getStyler().setXAxisTicksVisible(false);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setAnnotationTextFont(TITLE);
    for (int i = 0; i < langs.size(); i++) {
      // the languages name the groups from inside the plot: XChart's tick labels fall where its tick calculator puts them
      chart.addAnnotation(new AnnotationText(langs.get(i), i + 1, yMin + (1 - yMin) * 0.04, false));
    }
    for (int s = 0; s < splits.size(); s++) {
      String split = splits.get(s);
      double offset = (s - (splits.size() - 1) / 2.0) * 0.18;
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      for (int i = 0; i < langs.size(); i++) {
        SplitScores sc = c.languages().get(langs.get(i)).splits().get(split);
        if (sc == null) {
          continue;
        }
        double at = i + 1 + offset;
        x.add(at);
        y.add(sc.scores().macroF1());
        XYSeries whisker = chart.addSeries(split + " " + langs.get(i) + " interval", List.of(at, at),
            sc.scores().interval());
        whisker.setMarker(SeriesMarkers.NONE).setLineColor(split(split)).setShowInLegend(false);
        whisker.setLineStyle(new BasicStroke(2f));
      }
      if (!x.isEmpty()) {
        XYSeries points = chart.addSeries(split, x, y);
        points.setMarker(SeriesMarkers.DIAMOND).setMarkerColor(split(split)).setLineStyle(SeriesLines.NONE);
      }
    }
    return Svg.of(chart, "macro-f1");
  }

  /** The y axis starts at the tenth below {@code low}, so differences of a few hundredths can be seen. */
  private static double floor(double low) {
    return Math.max(0, Math.floor(low * 10 - 0.5) / 10);
  }

  /** Mean macro-F1 by training share, one line per language, whiskers one standard deviation over the seeds. */
  static String learningCurves(LanguageComparison c, String split) {
    XYChart chart = xy(480, 340, "Learning curves (" + split + " split)", "% of the training split", "macro-F1");
    double low = 1;
    for (var l : c.languages().values()) {
      for (LearningCurves.Point p : l.learningCurve()) {
        if (p.scores().containsKey(split)) {
          low = Math.min(low, p.mean(split) - p.sd(split));
        }
      }
    }
    chart.getStyler().setXAxisMin(0.0).setXAxisMax(100.0).setYAxisMin(floor(low)).setYAxisMax(1.0);
    int i = 0;
    for (var e : c.languages().entrySet()) {
      List<LearningCurves.Point> curve = e.getValue().learningCurve();
      if (curve.isEmpty() || !curve.get(0).scores().containsKey(split)) {
        i++;
        continue;
      }
      double[] x = curve.stream().mapToDouble(p -> 100 * p.fraction()).toArray();
      double[] y = curve.stream().mapToDouble(p -> p.mean(split)).toArray();
      double[] sd = curve.stream().mapToDouble(p -> p.sd(split)).toArray();
      XYSeries s = chart.addSeries(e.getKey(), x, y, sd);
      Color colour = LANGUAGES[i++ % LANGUAGES.length];
      s.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(colour).setLineColor(colour);
    }
    chart.getStyler().setErrorBarsColorSeriesColor(true);
    return Svg.of(chart, "curve-" + split);
  }

  /** The confusion matrix as a heat map: gold labels down, predicted across, counts in the cells. */
  static String confusion(String lang, String split, int[][] confusion, List<String> labels) {
    HeatMapChart chart = new HeatMapChartBuilder().width(300).height(260).title(lang + " · " + split)
        .xAxisTitle("predicted").yAxisTitle("gold").build();
    style(chart.getStyler());
    chart.getStyler().setShowValue(true).setValueFont(FONT).setValueFontColor(Color.BLACK).setLegendVisible(false);
    chart.getStyler().setRangeColors(new Color[] {new Color(247, 251, 255), new Color(158, 202, 225),
        new Color(66, 146, 198)});
    chart.getStyler().setHeatMapValueDecimalPattern("0");
    List<Number[]> cells = new ArrayList<>();
    int max = 1;
    for (int g = 0; g < labels.size(); g++) {
      for (int p = 0; p < labels.size(); p++) {
        // rows drawn bottom-up: the first gold label at the top, as a confusion matrix is read
        cells.add(new Number[] {p, labels.size() - 1 - g, confusion[g][p]});
        max = Math.max(max, confusion[g][p]);
      }
    }
    chart.getStyler().setMin(0).setMax(max);
    List<String> down = new ArrayList<>(labels);
    java.util.Collections.reverse(down);
    chart.addSeries("confusion", labels, down, cells);
    return Svg.of(chart, "confusion-" + lang + "-" + split);
  }

  /** Accuracy against confidence per confidence bin, one series per split, beside the diagonal of perfect calibration. */
  static String reliability(String lang, Map<String, SplitScores> splits) {
    XYChart chart = xy(320, 280, lang + " · reliability", "confidence", "accuracy");
    chart.getStyler().setXAxisMin(0.3).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
    XYSeries diagonal = chart.addSeries("calibrated", new double[] {0.3, 1.0}, new double[] {0.3, 1.0});
    diagonal.setMarker(SeriesMarkers.NONE).setLineColor(Color.GRAY).setLineStyle(SeriesLines.DASH_DASH);
    splits.forEach((split, sc) -> {
      List<Reliability.Bin> bins = sc.reliability().stream().filter(b -> b.messages() >= MIN_BIN).toList();
      if (bins.isEmpty()) {
        return;
      }
      XYSeries s = chart.addSeries(split, bins.stream().map(Reliability.Bin::confidence).toList(),
          bins.stream().map(Reliability.Bin::accuracy).toList());
      s.setMarker(SeriesMarkers.CIRCLE).setMarkerColor(split(split)).setLineColor(split(split));
    });
    return Svg.of(chart, "reliability-" + lang);
  }

  private static XYChart xy(int width, int height, String title, String xTitle, String yTitle) {
    XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(xTitle)
        .yAxisTitle(yTitle).build();
    style(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
    chart.getStyler().setYAxisDecimalPattern("0.0#");
    return chart;
  }

  private static void style(org.knowm.xchart.style.AxesChartStyler s) {
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBorderVisible(false);
    s.setLegendBorderColor(Color.WHITE);
    s.setChartTitleFont(TITLE);
    s.setAxisTitleFont(FONT);
    s.setAxisTickLabelsFont(FONT);
    s.setLegendFont(FONT);
    s.setChartTitleBoxVisible(false);
    s.setPlotGridLinesColor(new Color(225, 225, 225));
    s.setAntiAlias(true);
  }
}
