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
  private final long perPartition;

  RowRanges(int partitions, long rows) {
    if (partitions < 1) {
      throw new IllegalArgumentException("need at least one partition, not " + partitions);
    }
    this.partitions = partitions;
    this.perPartition = Math.max(1, (rows + partitions - 1) / partitions);
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    return (int) Math.min(partitions - 1, (Long) key / perPartition);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RowRanges r && r.partitions == partitions && r.perPartition == perPartition;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(perPartition) * 31 + partitions;
  }
}
