package org.servicesignals.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * An XChart chart as SVG to put inline in a page: XChart draws it, its VectorGraphicsEncoder writes
 * it (no display needed). The XML prolog and doctype go, since an inline SVG is part of the HTML
 * document; the ids the encoder gives (clip paths, from hash codes) become the chart's own
 * prefix and a number, since ids are shared by the whole page and a second chart would clip with the first's.
 */
final class Svg {
  private static final Pattern PROLOG = Pattern.compile("<\\?xml[^>]*\\?>|<!DOCTYPE[^>]*>");
  private static final Pattern ID = Pattern.compile("id=\"([^\"]+)\"");

  static {
    // charts are drawn off screen: without this, AWT would look for a display where DISPLAY is set
    System.setProperty("java.awt.headless", "true");
  }

  private Svg() {}

  static String of(Chart<?, ?> chart, String idPrefix) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the chart as SVG", e); // a byte array does not throw
    }
    String svg = PROLOG.matcher(out.toString(StandardCharsets.UTF_8)).replaceAll("").strip();
    // the encoder's ids are hash codes, new on every run: numbered in order, the page is the same every run
    List<String> ids = ID.matcher(svg).results().map(r -> r.group(1)).distinct().toList();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      String own = idPrefix + "-" + (i + 1);
      svg = svg.replace("id=\"" + id + "\"", "id=\"" + own + "\"").replace("url(#" + id + ")", "url(#" + own + ")")
          .replace("href=\"#" + id + "\"", "href=\"#" + own + "\"");
    }
    return svg;
  }
}
