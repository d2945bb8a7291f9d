package org.servicesignals.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.servicesignals.core.Lang;

/** The profiles on the class path, one per language, loaded once. */
final class LanguageProfiles {
  private static final Map<Lang, LanguageProfile> PROFILES = load();

  private LanguageProfiles() {}

  static LanguageProfile get(Lang lang) {
    LanguageProfile p = PROFILES.get(lang);
    if (p == null) {
      throw new IllegalStateException("no LanguageProfile for " + lang.code()
          + " in META-INF/services/" + LanguageProfile.class.getName());
    }
    return p;
  }

  private static Map<Lang, LanguageProfile> load() {
    Map<Lang, LanguageProfile> m = new EnumMap<>(Lang.class);
    for (LanguageProfile p : ServiceLoader.load(LanguageProfile.class, LanguageProfile.class.getClassLoader())) {
      if (m.put(p.lang(), p) != null) {
        throw new IllegalStateException("two LanguageProfiles for " + p.lang().code());
      }
    }
    return Collections.unmodifiableMap(m);
  }
}
