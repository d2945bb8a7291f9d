package org.servicesignals.io;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.servicesignals.core.InputException;

/**
 * Refuses a workbook whose parts inflate far beyond what real spreadsheets do, before the reader
 * holds any of it: a 150 KB file that expands to a hundred-million-character cell would otherwise
 * take gigabytes. The rule is Apache POI's ({@code ZipSecureFile}): a part may grow at most a hundred
 * times its compressed size, checked on the bytes actually inflated (a part's declared size can lie)
 * once it passes a floor under which no ratio matters.
 */
final class ZipBombCheck {
  /** POI's default minimum inflate ratio, 0.01: survey exports compress ten to thirty times. */
  static final int MAX_RATIO = 100;
  /** Parts smaller than this inflated are never refused, whatever their ratio. */
  static final long FLOOR = 4L << 20;

  private ZipBombCheck() {}

  static void check(String name, File file) {
    try (ZipFile zip = new ZipFile(file)) {
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry e = entries.nextElement();
        long compressed = Math.max(1, e.getCompressedSize());
        long inflated = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = zip.getInputStream(e)) {
          for (int n; (n = in.read(buf)) > 0; ) {
            inflated += n;
            if (inflated > FLOOR && inflated > compressed * MAX_RATIO) {
              throw new InputException(name, String.format(Locale.ROOT,
                  "the workbook's part %s inflates from %,d bytes to more than %,d (over %d times): refused as a "
                      + "likely zip bomb; a real export compresses far less", TerminalCells.escape(e.getName()),
                  compressed, inflated, MAX_RATIO));
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException ie) {
        throw ie;
      }
      throw new InputException(name, "not a readable XLSX workbook (" + e.getMessage() + ")");
    }
  }
}
