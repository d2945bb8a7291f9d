package org.servicesignals.spark;

import java.io.Serializable;
import java.nio.file.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.servicesignals.classify.Classifier;

/**
 * Where the executors' classifier comes from: the models shipped in the jar, which every executor
 * has, or a {@code --models} directory that the driver reads, checks and broadcasts.
 */
final class ModelSource implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final Broadcast<ModelDirectory> directory;

  private ModelSource(String key, Broadcast<ModelDirectory> directory) {
    this.key = key;
    this.directory = directory;
  }

  /** The shipped models when {@code dir} is null, else the models in {@code dir} on the driver. */
  static ModelSource of(SparkSession spark, String dir) {
    if (dir == null) {
      return new ModelSource(ExecutorModels.SHIPPED, null);
    }
    ModelDirectory models = ModelDirectory.read(Path.of(dir));
    Broadcast<ModelDirectory> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(models);
    return new ModelSource(models.digest(), shared);
  }

  /** This JVM's classifier for these models; the broadcast is read only by the task that loads them. */
  Classifier classifier() {
    return directory == null ? ExecutorModels.shipped()
        : ExecutorModels.classifier(key, () -> directory.value().load());
  }
}
