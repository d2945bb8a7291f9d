package org.servicesignals.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rows numbered 0 to n-1 fall into consecutive partitions, all used, their sizes within one row of each other. */
class RowRangesTest {
  @Test
  void consecutiveRowsShareAPartitionAndEveryPartitionIsUsed() {
    for (long rows : new long[] {1, 2, 7, 100, 1_000_003}) {
      for (int parts : new int[] {1, 2, 3, 64}) {
        RowRanges r = new RowRanges(parts, rows);
        long[] sizes = new long[parts];
        int last = 0;
        for (long i = 0; i < rows; i++) {
          int p = r.getPartition(i);
          assertThat(p).isBetween(last, parts - 1);
          sizes[p]++;
          last = p;
        }
        long used = java.util.Arrays.stream(sizes).filter(n -> n > 0).count();
        assertThat(used).as("%d rows in %d partitions", rows, parts).isEqualTo(Math.min(parts, rows));
        long most = java.util.Arrays.stream(sizes).max().getAsLong();
        assertThat(java.util.Arrays.stream(sizes).filter(n -> n > 0).min().getAsLong()).isGreaterThanOrEqualTo(most - 1);
      }
    }
  }

  @Test
  void equalWhenTheySplitAlike() {
    assertThat(new RowRanges(4, 100)).isEqualTo(new RowRanges(4, 100)).hasSameHashCodeAs(new RowRanges(4, 100))
        .isNotEqualTo(new RowRanges(4, 1000)).isNotEqualTo(new RowRanges(5, 100));
  }
}
