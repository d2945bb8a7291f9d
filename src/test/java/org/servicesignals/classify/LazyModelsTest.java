package org.servicesignals.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Lang;
import org.servicesignals.core.Message;
import org.servicesignals.core.Prediction;
import org.servicesignals.core.SourceRow;
import org.servicesignals.langid.LanguageIdentifier;

/**
 * Models opened by {@link ModelFiles#open} are read at the first message of their language, once
 * whatever the threads, and a bad one still fails with its clear error, at that first use.
 */
class LazyModelsTest {
  static final Path MODELS = Path.of("models");
  static ExecutorService threads;

  @BeforeAll
  static void startThreads() {
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stopThreads() {
    threads.shutdownNow();
  }

  private static Message text(String text) {
    return new Message("1", text, Optional.empty());
  }

  @Test
  void onlyTheLanguagesARunMeetsAreRead() {
    Map<Lang, ModelBundle> models = ModelFiles.open(null);
    assertThat(models.keySet()).containsExactlyInAnyOrder(Lang.values());
    assertThat(models.values()).noneMatch(ModelBundle::isLoaded);
    Classifier c = new Classifier(LanguageIdentifier.load(), models);
    Prediction p = c.classify(text("Nobody answered my emails for two weeks"));
    assertThat(p.lang()).isEqualTo("en");
    assertThat(models.get(Lang.EN).isLoaded()).isTrue();
    for (Lang l : List.of(Lang.HI, Lang.FI, Lang.UR, Lang.TA)) {
      assertThat(models.get(l).isLoaded()).as(l.code()).isFalse();
    }
    assertThat(models.get(Lang.HI).romanised().orElseThrow().isLoaded()).isFalse();
    c.classify(text("bahut accha service tha, dhanyawad aapka"));
    assertThat(models.get(Lang.HI).romanised().orElseThrow().isLoaded()).isTrue();
    assertThat(models.get(Lang.HI).isLoaded()).as("native Hindi is not needed for Hinglish").isFalse();
  }

  @Test
  void aLazyModelGivesTheSamePredictionsAsALoadedOne() {
    Classifier lazy = new Classifier(LanguageIdentifier.load(), ModelFiles.open(null));
    Classifier loaded = new Classifier(LanguageIdentifier.load(), ModelFiles.load(null)).loadAll();
    for (String t : List.of("Nobody answered my emails for two weeks", "Palvelu oli erinomaista, kiitos!",
        "सेवा बहुत अच्छी थी", "سروس بہت خراب تھی", "சேவை மிகவும் நன்றாக இருந்தது", "Le service était correct, sans plus",
        "kal tak delivery nahi aayi, bahut bura laga")) {
      assertThat(lazy.classify(text(t))).as(t).isEqualTo(loaded.classify(text(t)));
    }
  }

  @Test
  void aBadModelFailsClearlyAtItsFirstUseAndAgainAfter(@TempDir Path dir) throws Exception {
    copyModels(dir);
    Files.copy(dir.resolve("fi.bin"), dir.resolve("ta.bin"), StandardCopyOption.REPLACE_EXISTING);
    Map<Lang, ModelBundle> models = ModelFiles.open(dir);
    try (BatchClassifier batch = new BatchClassifier(new Classifier(LanguageIdentifier.load(), models),
        BatchOptions.of("text"))) {
      assertThat(batch.classify(row("Nobody answered my emails for two weeks")).error()).isEmpty();
      for (int i = 0; i < 2; i++) {
        assertThatThrownBy(() -> batch.classify(List.of(row("Palvelu oli hyvää"), row("சேவை மிகவும் நன்றாக இருந்தது"))))
            .isInstanceOf(InputException.class)
            .hasMessageContaining(dir.resolve("ta.bin").toString())
            .hasMessageContaining("does not match its card");
      }
    }
    assertThatThrownBy(() -> models.get(Lang.TA).load()).isInstanceOf(InputException.class)
        .hasMessageContaining("does not match its card");
    assertThatThrownBy(() -> ModelFiles.load(dir)).isInstanceOf(InputException.class)
        .hasMessageContaining("ta.bin: does not match its card");
  }

  @Test
  void aModelThatCannotBeReadStopsTheBatchRatherThanFailingItsRows() {
    ModelBundle unreadable = ModelBundle.lazy(Lang.EN, () -> {
      throw new java.io.UncheckedIOException("shipped model en is unreadable", new java.io.IOException("truncated"));
    }, null);
    try (BatchClassifier batch = new BatchClassifier(new Classifier(LanguageIdentifier.load(), Map.of(Lang.EN, unreadable)),
        BatchOptions.of("text"))) {
      assertThatThrownBy(() -> batch.classify(List.of(row("Nobody answered my emails for two weeks"))))
          .isInstanceOf(org.servicesignals.core.LoadException.class)
          .hasMessageContaining("shipped model en is unreadable");
      assertThat(batch.classify(row("सेवा बहुत अच्छी थी")).error()).isEqualTo("no model loaded for hi");
    }
  }

  @Test
  void aMissingCardIsStillNamedAtOpen(@TempDir Path dir) throws Exception {
    copyModels(dir);
    Files.delete(dir.resolve("ur.card.json"));
    assertThatThrownBy(() -> ModelFiles.open(dir)).isInstanceOf(InputException.class)
        .hasMessageContaining("ur.bin: has no model card");
  }

  @Test
  void twoThreadsAtTheFirstUseReadTheModelOnce() throws Exception {
    ModelBundle shipped = ModelFiles.load(MODELS).get(Lang.FI);
    opennlp.tools.doccat.DoccatModel model = shipped.model(); // read again from its bytes at each call, once scored in arrays
    AtomicInteger reads = new AtomicInteger();
    CountDownLatch bothAsked = new CountDownLatch(2);
    ModelBundle lazy = ModelBundle.lazy(Lang.FI, () -> {
      reads.incrementAndGet();
      try {
        Thread.sleep(200); // long enough for the second thread to arrive while the first reads
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new ModelBundle(Lang.FI, model, shipped.card());
    }, null);
    List<Future<Categorizer>> asked = List.of(
        threads.submit(() -> {
          bothAsked.countDown();
          bothAsked.await();
          return lazy.categorizer();
        }),
        threads.submit(() -> {
          bothAsked.countDown();
          bothAsked.await();
          return lazy.categorizer();
        }));
    Categorizer first = asked.get(0).get(10, TimeUnit.SECONDS);
    assertThat(asked.get(1).get(10, TimeUnit.SECONDS)).isSameAs(first);
    assertThat(reads).hasValue(1);
    assertThat(lazy.model()).isSameAs(model); // made in memory, so held
  }

  private static SourceRow row(String text) {
    return SourceRow.of(1, Map.of("text", text));
  }

  private static void copyModels(Path dir) throws Exception {
    try (var files = Files.list(MODELS)) {
      for (Path f : files.toList()) {
        if (f.getFileName().toString().matches("(hi|fi|ur|ta|en)(-Latn)?\\.(bin|card\\.json)")) {
          Files.copy(f, dir.resolve(f.getFileName()));
        }
      }
    }
  }
}
