package org.servicesignals.server;

/** Requests the server tests share, also from other packages. */
public final class ServeFixtures {
  private ServeFixtures() {}

  /**
   * A batch that keeps one worker busy for a while (a second or more): long messages with evidence,
   * every one different and of varied words, since evidence re-reads a message once for each of its
   * first forty distinct words, and nothing a machine can reuse from one message to the next.
   */
  public static String slowBatch(int messages) {
    String[] words = ("engineer never came nobody called back refund promised three weeks ago still not arrived "
        + "although two agents confirmed waited hours phone line dead visit cancelled without notice charged again "
        + "wrong parcel delivered neighbour broken screen support ticket closed unresolved manager rude queue slow "
        + "app crashed payment failed driver late cold food missing order invoice error account locked").split(" ");
    java.util.Random random = new java.util.Random(11);
    StringBuilder b = new StringBuilder("{\"explain\": true, \"messages\": [");
    for (int i = 0; i < messages; i++) {
      StringBuilder text = new StringBuilder("Ticket " + i + ":");
      while (text.length() < 1_800) {
        text.append(' ').append(words[random.nextInt(words.length)]);
      }
      b.append(i > 0 ? "," : "").append("{\"text\": ").append(TestServer.quote(text.toString())).append("}");
    }
    return b.append("]}").toString();
  }
}
