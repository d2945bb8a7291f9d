package org.servicesignals.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.servicesignals.classify.PredictionColumns;
import org.servicesignals.core.Label;
import org.servicesignals.core.LangSource;
import org.servicesignals.core.Prediction;

/** Every column the library writes has a Spark type that holds the value it writes. */
class PredictionSchemaTest {
  static final Map<DataType, Class<?>> HOLDS = Map.of(DataTypes.StringType, String.class,
      DataTypes.DoubleType, Double.class, DataTypes.BooleanType, Boolean.class, DataTypes.IntegerType, Integer.class);

  @Test
  void everyValueFitsItsColumnsType() {
    PredictionColumns ours = PredictionColumns.beside(List.of("text"), true);
    Prediction ok = new Prediction("1", "fi", LangSource.SCRIPT, Optional.of(Label.GOOD), new double[] {0.1, 0.8, 0.1},
        List.of("hyvää [0,5]"), 3, 4, "", "Latn", 0.93);
    Prediction failed = Prediction.failed("2", "und", LangSource.NONE, "empty text");
    for (Prediction p : List.of(ok, failed)) {
      Map<String, Object> row = new HashMap<>();
      ours.put(row, p);
      for (String c : PredictionSchema.columns(true)) {
        Object v = row.get(ours.name(c));
        if (v != null) {
          assertThat(v).as(c).isInstanceOf(HOLDS.get(PredictionSchema.type(c)));
        }
      }
      assertThat(row.keySet()).containsExactlyInAnyOrderElementsOf(ours.names());
    }
  }

  @Test
  void oursGoAfterTheInputsUnderTheirOutputNames() {
    StructType in = new StructType().add("label", DataTypes.StringType).add("text", DataTypes.StringType);
    StructType out = PredictionSchema.append(in, PredictionColumns.beside(List.of(in.fieldNames()), false), false);
    assertThat(out.fieldNames()).containsExactly("label", "text", "lang", "predicted_label", "confidence",
        "p_exceptional", "p_good", "p_poor", "error", "needs_review", "script", "lang_confidence");
    assertThat(out.apply("confidence").dataType()).isEqualTo(DataTypes.DoubleType);
    assertThat(out.apply("predicted_label").nullable()).isTrue();
    assertThatThrownBy(() -> PredictionSchema.type("score")).hasMessageContaining("'score' has no Spark type");
  }
}
