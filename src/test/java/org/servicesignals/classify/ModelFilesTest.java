package org.servicesignals.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicesignals.core.InputException;
import org.servicesignals.core.Lang;

/** A model directory is trusted only when every card checks out and every model matches its card. */
class ModelFilesTest {
  static final Path MODELS = Path.of("models");
  @TempDir
  Path dir;

  @BeforeEach
  void copyTheShippedModels() throws Exception {
    for (Lang l : Lang.values()) {
      Files.copy(MODELS.resolve(l.code() + ".bin"), dir.resolve(l.code() + ".bin"));
      Files.copy(MODELS.resolve(l.code() + ".card.json"), dir.resolve(l.code() + ".card.json"));
    }
  }

  private void editCard(Lang l, String from, String to) throws Exception {
    Path card = dir.resolve(l.code() + ".card.json");
    String text = Files.readString(card);
    assertThat(java.util.regex.Pattern.compile(from).matcher(text).find()).as("%s in the card", from).isTrue();
    Files.writeString(card, text.replaceFirst(from, to));
  }

  @Test
  void theCopiesLoad() {
    assertThat(ModelFiles.load(dir)).hasSize(5);
  }

  @Test
  void aModelCopiedOverAnotherIsRefused() throws Exception {
    Files.copy(dir.resolve("fi.bin"), dir.resolve("en.bin"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThatThrownBy(() -> ModelFiles.load(dir)).isInstanceOf(InputException.class)
        .hasMessageContaining("en.bin").hasMessageContaining("does not match its card");
  }

  @Test
  void swappedLanguagesAreRefused() throws Exception {
    for (String ext : new String[] {".bin", ".card.json"}) {
      Files.move(dir.resolve("hi" + ext), dir.resolve("tmp" + ext));
      Files.move(dir.resolve("ur" + ext), dir.resolve("hi" + ext));
      Files.move(dir.resolve("tmp" + ext), dir.resolve("ur" + ext));
    }
    assertThatThrownBy(() -> ModelFiles.load(dir)).hasMessageContaining("hi.card.json")
        .hasMessageContaining("field 'lang'");
  }

  @Test
  void everyFieldALoaderReliesOnIsChecked() throws Exception {
    editCard(Lang.EN, "\"temperature\" : [0-9.]+", "\"temperature\" : 0");
    assertThatThrownBy(() -> ModelFiles.load(dir)).hasMessageContaining("en.card.json")
        .hasMessageContaining("calibration.temperature");
    copyTheShippedModelsAgain();
    editCard(Lang.EN, "\"temperature\" : [0-9.]+", "\"temperature\" : -1.5");
    assertThatThrownBy(() -> ModelFiles.load(dir)).hasMessageContaining("calibration.temperature");
    copyTheShippedModelsAgain();
    editCard(Lang.FI, "\"analysis\" : \"[a-z+]+\"", "\"analysis\" : \"stemmed\"");
    assertThatThrownBy(() -> ModelFiles.load(dir)).hasMessageContaining("fi.card.json").hasMessageContaining("stemmed");
    copyTheShippedModelsAgain();
    editCard(Lang.TA, "\"ta/train.tsv\" : \"[0-9a-f]+\"", "\"ta/train.tsv\" : \"" + "0".repeat(64) + "\"");
    assertThatThrownBy(() -> ModelFiles.load(dir)).hasMessageContaining("field 'corpus'");
  }

  private void copyTheShippedModelsAgain() throws Exception {
    for (Lang l : Lang.values()) {
      Files.copy(MODELS.resolve(l.code() + ".card.json"), dir.resolve(l.code() + ".card.json"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void aMissingOrBrokenCardIsNamed() throws Exception {
    Files.delete(dir.resolve("hi.card.json"));
    assertThatThrownBy(() -> ModelFiles.load(dir)).hasMessageContaining("hi.bin: has no model card");
    copyTheShippedModelsAgain();
    Files.writeString(dir.resolve("ur.card.json"), "{broken");
    assertThatThrownBy(() -> ModelFiles.load(dir)).hasMessageContaining("ur.card.json: is not a valid model card");
  }

  @Test
  void randomBytesAreNotAModel() throws Exception {
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    Files.write(dir.resolve("ta.bin"), junk);
    String sha = ModelFiles.sha256(junk);
    editCard(Lang.TA, "\"modelSha256\" : \"[0-9a-f]+\"", "\"modelSha256\" : \"" + sha + "\"");
    assertThatThrownBy(() -> ModelFiles.load(dir)).isInstanceOf(InputException.class)
        .hasMessageContaining("ta.bin: is not an OpenNLP document-categorizer model");
  }

  @Test
  void aPipeIsNotAModel() throws Exception {
    Files.delete(dir.resolve("en.bin"));
    Process p = new ProcessBuilder("mkfifo", dir.resolve("en.bin").toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo is not available");
    assertThatThrownBy(() -> ModelFiles.load(dir)).hasMessageContaining("en.bin: is not a regular file");
  }
}
