package io.github.planning.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.examples.embedding.GrowthTargetNeeds;
import io.github.planning.examples.embedding.JacksonDto;
import io.github.planning.examples.embedding.ReadPlanFromCsv;
import io.github.planning.examples.embedding.ResolveCityTargets;
import io.github.planning.examples.embedding.TrackProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Each embedding example runs and prints what its documentation says. */
class EmbeddingExamplesTest {

  interface Example {
    void run(PrintWriter out) throws Exception;
  }

  private static String run(Example example) throws Exception {
    StringWriter text = new StringWriter();
    example.run(new PrintWriter(text));
    return text.toString();
  }

  @Test
  void readPlanFromCsv() throws Exception {
    assertThat(run(ReadPlanFromCsv::run))
        .isEqualTo(
            "2021-2025 42 rows\n地区生产总值(GDP) 752.8 → 1000 亿元\n"
                .replace("\n", System.lineSeparator()));
  }

  @Test
  void growthTargetNeeds() throws Exception {
    assertThat(run(GrowthTargetNeeds::run))
        .contains("GDP needs 5.8435% a year")
        .contains("财政总收入 reaches 121.66 亿元 in 2025");
  }

  @Test
  void resolveCityTargets() throws Exception {
    assertThat(run(ResolveCityTargets::run))
        .contains("粮食综合生产能力: 完成市下达目标 → 1.35")
        .contains("unresolved 1-2-17")
        .doesNotContain("unresolved 1-2-39");
  }

  @Test
  void trackProgress() throws Exception {
    double share = Math.log(920 / 752.8) / Math.log(1000 / 752.8) * 100;
    assertThat(run(TrackProgress::run))
        .contains(
            "time 60.0%, way to the target " + String.format("%.1f%%", share) + ", on track: true")
        .contains("status substantial_progress");
  }

  @Test
  void jacksonDto() throws Exception {
    assertThat(run(JacksonDto::run))
        .contains(
            "\"target\":{\"text\":\"[10]\",\"kind\":\"FIGURE\",\"relation\":\"EXACT\","
                + "\"amount\":10,\"cumulative\":true}")
        .contains("登记失业率 AT_MOST 3.5");
  }
}
