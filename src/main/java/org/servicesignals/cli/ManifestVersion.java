package org.servicesignals.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version the build wrote into the jar's manifest. */
final class ManifestVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"service-signals " + (v != null ? v : "(development build: no jar manifest)")};
  }
}
