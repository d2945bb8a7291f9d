package org.servicesignals.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.servicesignals.classify.ModelBundle;
import org.servicesignals.classify.ModelCard;
import org.servicesignals.core.Lang;

/**
 * {@code GET /v1/models}: the model cards of the loaded models, {@code {"models": [card, ...]}} —
 * how each was trained, on what, and how it scored. Written once: the models do not change while
 * the server runs.
 */
final class ModelsHandler implements Handler {
  private final byte[] body;

  ModelsHandler(Map<Lang, ModelBundle> models) {
    List<ModelCard> cards = new ArrayList<>();
    for (Lang l : Lang.values()) {
      if (models.containsKey(l)) {
        cards.add(models.get(l).card());
      }
    }
    try {
      body = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .writeValueAsBytes(Map.of("models", cards));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void handle(Context ctx) {
    ctx.contentType(ErrorBody.CONTENT_TYPE).result(body);
  }
}
