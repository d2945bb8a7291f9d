package org.servicesignals.spark;

import org.apache.spark.Partitioner;

/**
 * Partitions numbered rows into consecutive ranges of row numbers: partition 0 holds the first
 * rows, the last partition the last ones. With the rows sorted within each partition, reading the
 * partitions in order reads the rows in input order, with no sampling pass to find the ranges (the
 * row count is known).
 */
final class RowRanges extends Partitioner {
  private static final long serialVersionUID = 1L;

  private final int partitions;
  private final long rows;

  RowRanges(int partitions, long rows) {
    if (partitions < 1) {
      throw new IllegalArgumentException("need at least one partition, not " + partitions);
    }
    this.partitions = partitions;
    this.rows = Math.max(1, rows);
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  /** Row {@code i} of {@code n} goes to partition {@code floor(i * partitions / n)}: sizes differ by one row at most. */
  @Override
  public int getPartition(Object key) {
    return (int) Math.min(partitions - 1, Math.multiplyExact((Long) key, (long) partitions) / rows);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RowRanges r && r.partitions == partitions && r.rows == rows;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(rows) * 31 + partitions;
  }
}
