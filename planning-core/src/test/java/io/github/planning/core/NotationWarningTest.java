package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NotationWarningTest {

  @ParameterizedTest
  @EnumSource(NotationWarning.class)
  void hasALowerCaseCodeAndMessagesInBothLanguages(NotationWarning warning) {
    assertThat(warning.code()).matches("[a-z]+(-[a-z]+)*");
    assertThat(warning.code()).isEqualTo(warning.name().toLowerCase().replace('_', '-'));
    assertThat(warning.messageZh()).isNotBlank().isNotEqualTo(warning.label());
    assertThat(warning.messageEn()).isNotBlank().isNotEqualTo(warning.englishName());
  }

  @Test
  void codesAndMessagesAreUnique() {
    assertThat(Arrays.stream(NotationWarning.values()).map(NotationWarning::code))
        .doesNotHaveDuplicates();
    assertThat(Arrays.stream(NotationWarning.values()).map(NotationWarning::messageEn))
        .doesNotHaveDuplicates();
    assertThat(Arrays.stream(NotationWarning.values()).map(NotationWarning::messageZh))
        .doesNotHaveDuplicates();
  }

  @Test
  void theMessagesSayWhatWasAssumed() {
    assertThat(NotationWarning.IDEOGRAPHIC_FULL_STOP.messageEn()).contains("'。'", "decimal point");
    assertThat(NotationWarning.FULL_WIDTH_DIGITS.messageZh()).contains("全角数字");
    assertThat(NotationWarning.SEVERAL_TARGETS.messageEn()).contains("'/'");
  }
}
