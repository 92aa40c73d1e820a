package io.github.planning.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.io.internal.Problems;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The year columns of a header, placed by their roles together. */
class YearColumnsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "2020年|2025年; base,target",
        "2015年完成|2020年预计; base,actual",
        "2022年目标值|2030年目标值; yearly_target,target",
        "2020年|2021年|2022年|2025年; base,yearly_target,yearly_target,target",
        "完成情况|2020年完成; assessment,actual",
        "2020年预计|2025年目标; base,target",
        "2020年完成|2025年目标|年均增长; base,target,target_growth",
        "2020年目标|2020年完成; target,actual",
        "2020年|2025年目标|2020年完成; base,target,actual"
      })
  void yearColumns_areReadTogether(String headings, String fields) {
    Problems problems = new Problems("h.csv", 100);
    String[] all = ("指标名称|" + headings).split("\\|");
    CsvHeader header = CsvHeader.of(all, null, problems, 1, false, false, Map.of());
    assertThat(problems.all()).isEmpty();
    assertThat(header.readings.stream().skip(1).map(CsvHeader.Reading::field).toList())
        .isEqualTo(List.of(fields.split(",")));
  }
}
