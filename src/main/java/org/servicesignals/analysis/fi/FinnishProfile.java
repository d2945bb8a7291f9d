package org.servicesignals.analysis.fi;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.servicesignals.analysis.BaseLanguageProfile;
import org.servicesignals.analysis.ElongationFilter;
import org.servicesignals.analysis.NegationScope;
import org.servicesignals.analysis.Stage;
import org.servicesignals.analysis.TokenShapeFilter;
import org.servicesignals.core.Lang;
import org.tartarus.snowball.ext.FinnishStemmer;

/** Finnish: Lucene's FinnishAnalyzer chain (lower case, Snowball), with shapes and the negation verb kept. */
public final class FinnishProfile extends BaseLanguageProfile {
  /** The negation verb in every person, with the -kA clitic, and ilman (without). */
  private static final Set<String> NEGATORS = Set.of(
      "ei", "en", "et", "emme", "ette", "eivät", "eikä", "enkä", "etkä", "eivätkä", "ilman");
  private static final Set<String> HINTS = Set.of(
      "kiitos", "hyvä", "hyva", "huono", "tosi", "todella", "ihan", "kiva", "mutta", "palvelu",
      "asiakaspalvelu", "nopea", "nopeasti", "erittäin", "mahtava", "loistava", "jo", "vielä", "viela",
      "kun", "myös", "kuin", "niin", "mun", "minä", "teidän", "sain", "tilaus", "paketti", "meni",
      "tuli", "okei", "huonoa", "hyvää", "hyvaa", "surkea", "kamala", "aivan", "olen", "olin",
      "kaikki", "mitään", "ollenkaan", "koskaan", "asia", "hoitui", "ystävällinen", "kiitti", "huippu",
      "loistavaa", "mahtavaa", "surkeaa", "paras", "huonoin", "kamalaa", "toimi", "toimii");

  public FinnishProfile() {
    super(Lang.FI, NEGATORS, new NegationScope(0, 3),
        Set.of("mutta", "vaikka", "kuitenkin", "silti", "tosin", "paitsi"), HINTS);
  }

  @Override
  public List<Stage> normalization() {
    return List.of(new Stage("lowercase", LowerCaseFilter::new), new Stage("shapes", TokenShapeFilter::new),
        new Stage("elongation", ElongationFilter::new));
  }

  @Override
  public Optional<Stage> stemmer() {
    return Optional.of(new Stage("snowball-finnish-stem", ts -> new SnowballFilter(ts, new FinnishStemmer())));
  }

  @Override
  public Set<String> degreeWords() {
    return Set.of("näin", "noin", "niin", "tällaista", "tällaisen", "tuollaista", "sellaista");
  }

  @Override
  public Set<String> everWords() {
    return Set.of("ikinä", "koskaan", "milloinkaan", "eläessäni", "elämässäni", "ikänäni");
  }

  @Override
  public Set<String> equalityWords() {
    return Set.of("kuin", "ku");
  }

  @Override
  public boolean neverAfterNegator() {
    return true;
  }

  @Override
  public List<String> denialPhrases() {
    return List.of("en voi sanoa", "ei voi sanoa", "en voi väittää", "ei voi väittää", "ei sitä voi sanoa",
        "ei sitä voi väittää", "en sano", "en väitä", "en sanoisi", "ei se ettei", "ei sillä ettei", "ei sillä etteikö",
        "ei niin ettei", "ei se etteikö");
  }

  @Override
  public Set<String> coordinators() {
    return Set.of("ja", "tai", "sekä", "joten");
  }

  @Override
  public Set<String> denialOpeners() {
    return Set.of("että", "ettei", "etteikö", "etteivät", "ettet", "etten", "ettemme");
  }

  /** "en voi sanoa, ettei": että and the negation in one word. */
  @Override
  public boolean negatesDeniedClause(String token) {
    return DENIED.contains(token);
  }

  private static final Set<String> DENIED = Set.of("ettei", "etteikö", "etteivät", "ettet", "etten", "ettemme", "jottei");
}
