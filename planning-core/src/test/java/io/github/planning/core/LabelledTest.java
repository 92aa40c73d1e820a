package io.github.planning.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.planning.analysis.Severity;
import io.github.planning.progress.EurostatStatus;
import io.github.planning.progress.HalfTimeStatus;
import io.github.planning.progress.ProgressMeasureName;
import io.github.planning.progress.ProgressMethod;
import io.github.planning.progress.ProgressStatus;
import io.github.planning.progress.UnsdStatus;
import io.github.planning.progress.WeatherSymbol;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LabelledTest {

  static Stream<Class<?>> enums() {
    return Stream.of(
        Attribute.class,
        Direction.class,
        Assessment.class,
        ObservationStatus.class,
        AdministrativeLevel.class,
        Relation.class,
        Change.class,
        ValueKind.class,
        Severity.class,
        ProgressStatus.class,
        ProgressMethod.class,
        HalfTimeStatus.class,
        EurostatStatus.class,
        UnsdStatus.class,
        WeatherSymbol.class,
        ProgressMeasureName.class,
        NotationWarning.class);
  }

  @ParameterizedTest
  @MethodSource("enums")
  void parse_readsEveryConstantFromItsLabelEnglishNameAndConstantName(Class<?> type)
      throws Exception {
    Method parse = type.getMethod("parse", CharSequence.class);
    for (Object constant : type.getEnumConstants()) {
      Labelled labelled = (Labelled) constant;
      assertThat(parse.invoke(null, labelled.label())).isSameAs(constant);
      assertThat(parse.invoke(null, labelled.englishName())).isSameAs(constant);
      assertThat(parse.invoke(null, " " + labelled.englishName().toUpperCase() + " "))
          .isSameAs(constant);
      assertThat(parse.invoke(null, ((Enum<?>) constant).name())).isSameAs(constant);
    }
  }

  @ParameterizedTest
  @MethodSource("enums")
  void labels_andEnglishNames_areUnique(Class<?> type) {
    Object[] constants = type.getEnumConstants();
    assertThat(Arrays.stream(constants).map(c -> ((Labelled) c).label())).doesNotHaveDuplicates();
    assertThat(Arrays.stream(constants).map(c -> ((Labelled) c).englishName()))
        .doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @CsvSource({
    "预期性, EXPECTED",
    "约束性, BINDING",
    "binding, BINDING",
    "预期, EXPECTED",
    "倡导性, ADVOCATED",
    "倡导, ADVOCATED",
    "advocated, ADVOCATED"
  })
  void attribute_parse(String text, Attribute expected) {
    assertThat(Attribute.parse(text)).isEqualTo(expected);
  }

  @Test
  void seedLabels() {
    assertThat(Assessment.parse("总量提前实现")).isEqualTo(Assessment.TOTAL_REACHED_EARLY);
    assertThat(Assessment.parse("提前实现")).isEqualTo(Assessment.REACHED_EARLY);
    assertThat(Assessment.parse("总量实现")).isEqualTo(Assessment.TOTAL_REACHED);
    assertThat(Assessment.parse("可以实现")).isEqualTo(Assessment.ATTAINABLE);
    assertThat(Assessment.parse("较难实现")).isEqualTo(Assessment.HARD_TO_REACH);
    assertThat(Assessment.parse("完成")).isEqualTo(Assessment.ACHIEVED);
    assertThat(Assessment.parse("未完成")).isEqualTo(Assessment.NOT_ACHIEVED);
    assertThat(Direction.parse("正向")).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(Direction.parse("lower")).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(ObservationStatus.parse("预计")).isEqualTo(ObservationStatus.ESTIMATED);
    assertThat(ObservationStatus.parse("初步")).isEqualTo(ObservationStatus.PRELIMINARY);
  }

  @Test
  void severity_isOrdered() {
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
    assertThat(Severity.WARNING.isAtLeast(Severity.ERROR)).isFalse();
    assertThat(Severity.parse("警告")).isEqualTo(Severity.WARNING);
    assertThat(ProgressStatus.parse("target_achieved")).isEqualTo(ProgressStatus.TARGET_ACHIEVED);
    assertThat(Assessment.HARD_TO_REACH.isFavourable()).isFalse();
    assertThat(Assessment.NOT_ACHIEVED.isFavourable()).isFalse();
    assertThat(Assessment.ATTAINABLE.isFavourable()).isTrue();
    assertThat(Assessment.TOTAL_REACHED_EARLY.isFavourable()).isTrue();
  }

  @Test
  void parse_unknownText_namesTheTextAndTheAcceptedValues() {
    assertThatThrownBy(() -> Attribute.parse("必须性"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Unknown attribute '必须性'; expected one of 预期性 (expected), 约束性 (binding), 倡导性 (advocated)");
    assertThatThrownBy(() -> ObservationStatus.parse("x"))
        .hasMessageStartingWith("Unknown observation status 'x'; expected one of 正式 (final)");
  }
}
