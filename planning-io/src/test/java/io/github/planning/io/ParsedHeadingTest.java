package io.github.planning.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What one heading, or a heading over another, says. */
class ParsedHeadingTest {

  private static final Map<String, RowField> NONE = Map.of();

  @Test
  void aPublishedHeading_namesItsColumn() {
    ParsedHeading h = ParsedHeading.of("指  标", NONE);
    assertThat(h).isNotNull();
    assertThat(h.column()).isEqualTo(RowField.NAME);
    assertThat(h.year()).isZero();
    assertThat(h.role()).isNull();
    assertThat(h.how()).isEqualTo("the published heading '指标'");
  }

  @Test
  void aYearHeading_givesItsYearRoleAndUnit() {
    ParsedHeading bare = ParsedHeading.of("2020年(亿元)", NONE);
    assertThat(bare)
        .isEqualTo(new ParsedHeading(null, null, 2020, YearRole.BARE, "亿元", "a bare year"));
    ParsedHeading target = ParsedHeading.of("2025年目标", NONE);
    assertThat(target)
        .isEqualTo(new ParsedHeading(null, null, 2025, YearRole.TARGET, null, "the words '目标'"));
  }

  @Test
  void aHeadingOverAnother_isReadWithIt() {
    assertThat(ParsedHeading.of("规划目标", "2025年", NONE))
        .isEqualTo(new ParsedHeading(null, null, 2025, YearRole.TARGET, null, "the words '规划目标'"));
    ParsedHeading growth = ParsedHeading.of("完成情况", "年均增速", NONE);
    assertThat(growth).isNotNull();
    assertThat(growth.column()).isEqualTo(RowField.ACTUAL_GROWTH);
    assertThat(growth.how()).isEqualTo("growth under '完成情况'");
    ParsedHeading kept = ParsedHeading.of("2025年", "目标值", NONE);
    assertThat(kept).isNotNull();
    assertThat(kept.year()).isEqualTo(2025);
    assertThat(kept.role()).isEqualTo(YearRole.TARGET);
  }

  @Test
  void theUsersHeading_comesFirst() {
    ParsedHeading h = ParsedHeading.of("2020年指标", Map.of("2020年指标", RowField.NAME));
    assertThat(h)
        .isEqualTo(
            new ParsedHeading(RowField.NAME, null, 2020, YearRole.BARE, null, "your mapping"));
  }

  @Test
  void anUnknownHeadingWithoutAYear_saysNothing() {
    assertThat(ParsedHeading.of("负责人", NONE)).isNull();
    assertThat(ParsedHeading.hasYear("负责人")).isFalse();
    assertThat(ParsedHeading.hasYear("2025年目标")).isTrue();
  }
}
