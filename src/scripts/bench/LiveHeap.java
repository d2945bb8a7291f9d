import java.nio.file.Path;
import java.util.Optional;
import org.servicesignals.classify.Classifier;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.classify.ModelFiles;
import org.servicesignals.core.Message;
import org.servicesignals.langid.LanguageIdentifier;

/**
 * The heap that stays live as classification's parts are loaded: used heap after full collections,
 * in MB, with no models, with the sentiment models (native and romanised), with the Latin-script
 * detector, and with the 103-language detector.
 *
 * <p>usage: java -cp target/service-signals.jar src/scripts/bench/LiveHeap.java [MODELS_DIR]
 */
public class LiveHeap {
  static long live() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return (r.totalMemory() - r.freeMemory()) >> 20;
  }

  public static void main(String[] args) {
    System.out.printf("nothing loaded: %d MB%n", live());
    var models = ModelFiles.load(args.length > 0 ? Path.of(args[0]) : null);
    models.values().forEach(ModelBundle::load);
    System.out.printf("sentiment models: %d MB%n", live());
    LanguageIdentifier ids = LanguageIdentifier.load();
    ids.identify("the parcel came on time, thank you");
    System.out.printf("+ Latin-script detector: %d MB%n", live());
    ids.loadAll();
    Classifier c = new Classifier(ids, models);
    c.classify(new Message("1", "the parcel came on time, thank you", Optional.empty()));
    System.out.printf("+ 103-language detector: %d MB%n", live());
  }
}
