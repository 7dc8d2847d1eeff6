package dev.softdelete.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.SoftDeleteRepository;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratedTypesTest {
  /** A nested record, whose generated types the processor names Outer_..., as in Outer_RecordRowMapper. */
  static final class Outer {
    record Inner(Long id) {}
  }

  @Test
  void generatedNamesFollowTheProcessorsConvention() {
    assertThat(GeneratedTypes.generatedPrefix(Outer.Inner.class))
        .isEqualTo("dev.softdelete.jdbi.GeneratedTypesTest_Outer_Inner");
    assertThat(GeneratedTypes.implementationName(SoftDeleteRepository.class))
        .isEqualTo("dev.softdelete.JdbiSoftDeleteRepository");
  }

  @Test
  void typesThatAreNotGeneratedRepositoriesOrEntitiesAreNotClaimed() {
    assertThat(GeneratedTypes.repository(List.class)).isEmpty();
    assertThat(GeneratedTypes.repository(SoftDeleteRepository.class)).isEmpty();
    assertThat(GeneratedTypes.rowMapper(Outer.Inner.class)).isEmpty();
    assertThat(GeneratedTypes.rowMapper(String.class)).isEmpty();
  }
}
