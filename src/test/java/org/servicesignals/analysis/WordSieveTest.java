package org.servicesignals.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicesignals.core.Lang;

class WordSieveTest {
  @Test
  void everyWordOfTheListGoesThroughAndMostOthersDoNot() {
    Set<String> listed = new HashSet<>();
    for (Lang l : Lang.values()) {
      LanguageProfile p = LanguageProfile.of(l);
      listed.addAll(p.negators());
      listed.addAll(p.scopeParticles());
      listed.addAll(p.contrastWords());
    }
    WordSieve sieve = WordSieve.of(listed);
    assertThat(listed).hasSizeGreaterThan(50).allMatch(sieve::mayHold);
    Random r = new Random(3);
    List<String> others = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String w = Integer.toString(r.nextInt(), 36) + "ा";
      if (!listed.contains(w)) {
        others.add(w);
      }
    }
    long through = others.stream().filter(sieve::mayHold).count();
    assertThat(through).isLessThan(others.size() / 5); // a few hundred listed words set few of 4,096 bits
  }

  @Test
  void aLongListGetsRoomForItAndStillLetsEveryWordThrough() {
    Set<String> many = new HashSet<>();
    Random r = new Random(8);
    while (many.size() < 20_000) {
      many.add(Integer.toString(r.nextInt(), 36));
    }
    WordSieve sieve = WordSieve.of(many);
    assertThat(sieve.size()).isGreaterThanOrEqualTo(20_000 * 16);
    assertThat(many).allMatch(sieve::mayHold);
    long through = 0;
    for (int i = 0; i < 20_000; i++) {
      String w = Integer.toString(r.nextInt(), 36) + "!";
      through += sieve.mayHold(w) ? 1 : 0;
    }
    assertThat(through).isLessThan(2_000); // some 6% at sixteen bits a word
  }

  @Test
  void anEmptyListLetsNothingThrough() {
    WordSieve none = WordSieve.of(Set.of());
    assertThat(List.of("", "not", "नहीं", "ei")).noneMatch(none::mayHold);
  }
}
