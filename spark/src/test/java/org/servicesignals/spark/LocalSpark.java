package org.servicesignals.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** One Spark session on two local cores for every test in the JVM: starting one takes seconds. */
final class LocalSpark {
  /** The checkout this module sits in: the corpora and the models. */
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  private LocalSpark() {}

  static SparkSession session() {
    return Holder.SESSION;
  }

  private static final class Holder {
    static final SparkSession SESSION = SparkSession.builder()
        .master("local[2]")
        .appName("service-signals-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }
}
