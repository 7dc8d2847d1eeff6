package dev.softdelete.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonArraysTest {

  @Test
  void numbersAreWrittenAsGiven() {
    assertThat(JsonArrays.of(List.of("1", "-20", "0.5"), true)).isEqualTo("[1,-20,0.5]");
    assertThat(JsonArrays.of(List.of(), true)).isEqualTo("[]");
  }

  @Test
  void stringsEscapeQuotesBackslashesAndControlCharactersOnly() {
    String json =
        JsonArrays.of(List.of("a\"b", "c\\d", "tab\there\n", "\u0000\u001f", "é😀/'%"), false);

    assertThat(json)
        .isEqualTo(
            "[\"a\\\"b\",\"c\\\\d\",\"tab\\u0009here\\u000a\",\"\\u0000\\u001f\",\"é😀/'%\"]");
  }
}
