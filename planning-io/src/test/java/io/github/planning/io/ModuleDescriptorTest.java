package io.github.planning.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.planning.core.PlanValue;
import io.github.planning.io.jackson.PlanningModule;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module descriptors of planning-core and planning-io as compiled. */
class ModuleDescriptorTest {

  @Test
  void planningIoExportsItsApiAndNotItsInternals() throws Exception {
    ModuleDescriptor io = descriptorOf(PlanCsvReader.class);

    assertThat(io.name()).isEqualTo("io.github.planning.io");
    assertThat(exported(io))
        .containsExactlyInAnyOrder(
            "io.github.planning.io",
            "io.github.planning.io.jackson",
            "io.github.planning.io.sdmx",
            "io.github.planning.io.opensdg");
    assertThat(io.packages()).contains("io.github.planning.io.internal");
    assertThat(io.provides())
        .anySatisfy(
            p -> {
              assertThat(p.service()).isEqualTo("tools.jackson.databind.JacksonModule");
              assertThat(p.providers()).containsExactly(PlanningModule.class.getName());
            });
  }

  @Test
  void planningCoreExportsModelAnalysesAndProgressButNotItsInternals() throws Exception {
    ModuleDescriptor core = descriptorOf(PlanValue.class);

    assertThat(core.name()).isEqualTo("io.github.planning.core");
    assertThat(exported(core))
        .containsExactlyInAnyOrder(
            "io.github.planning.core",
            "io.github.planning.analysis",
            "io.github.planning.progress");
    assertThat(core.packages()).contains("io.github.planning.core.internal");
  }

  @Test
  void bothRequireTheNullnessAnnotationsOfTheirApiTransitively() throws Exception {
    for (Class<?> type : List.of(PlanValue.class, PlanCsvReader.class)) {
      assertThat(descriptorOf(type).requires())
          .anySatisfy(
              r -> {
                assertThat(r.name()).isEqualTo("org.jspecify");
                assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
              });
    }
  }

  private static Set<String> exported(ModuleDescriptor descriptor) {
    assertThat(descriptor.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
    return descriptor.exports().stream()
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }

  /** The descriptor of the module (directory or jar) that holds {@code type}. */
  private static ModuleDescriptor descriptorOf(Class<?> type) throws URISyntaxException {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<ModuleReference> modules = ModuleFinder.of(location).findAll();
    assertThat(modules).hasSize(1);
    return modules.iterator().next().descriptor();
  }
}
