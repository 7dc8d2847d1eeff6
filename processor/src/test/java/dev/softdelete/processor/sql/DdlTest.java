package dev.softdelete.processor.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.internal.ddl.ColumnKind;
import dev.softdelete.processor.model.JavaType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DdlTest {

  /** The processor's Java types and the runtime's column kinds are the same kinds, one to one. */
  @Test
  void everyJavaTypeHasItsColumnKind() {
    assertThat(Arrays.stream(JavaType.values()).map(Ddl::kind))
        .containsExactlyInAnyOrder(ColumnKind.values());
  }
}
