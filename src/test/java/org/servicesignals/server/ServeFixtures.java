package org.servicesignals.server;

/** Requests the server tests share, also from other packages. */
public final class ServeFixtures {
  private ServeFixtures() {}

  /** A batch that keeps one worker busy for a while (a second or more): long messages, with evidence. */
  public static String slowBatch(int messages) {
    String text = TestServer.quote(("The engineer never came, nobody called back and the refund I was promised "
        + "three weeks ago has still not arrived although two agents confirmed it. ").repeat(12));
    StringBuilder b = new StringBuilder("{\"explain\": true, \"messages\": [");
    for (int i = 0; i < messages; i++) {
      b.append(i > 0 ? "," : "").append("{\"text\": ").append(text).append("}");
    }
    return b.append("]}").toString();
  }
}
