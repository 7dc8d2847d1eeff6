package dev.softdelete.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IdListsTest {

  @Test
  void chunksHoldDistinctIdsInEncounterOrder() {
    assertThat(IdLists.distinctChunks(List.of(3L, 1L, 3L, 2L, 1L))).containsExactly(List.of(3L, 1L, 2L));
    assertThat(IdLists.distinctChunks(List.<Long>of())).isEmpty();
  }

  @Test
  void chunksAreAtMostChunkSizeLong() {
    List<Long> ids = LongStream.range(0, IdLists.CHUNK_SIZE * 2L + 1).boxed().collect(Collectors.toList());

    List<List<Long>> chunks = IdLists.distinctChunks(ids);

    assertThat(chunks).extracting(List::size).containsExactly(IdLists.CHUNK_SIZE, IdLists.CHUNK_SIZE, 1);
    assertThat(chunks.stream().flatMap(List::stream)).containsExactlyElementsOf(ids);
  }

  @Test
  void nullIdsAreRefused() {
    assertThatThrownBy(() -> IdLists.distinctChunks(Arrays.asList(1L, null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void inListWritesOnePlaceholderPerId() {
    assertThat(IdLists.inList("DELETE FROM t WHERE id IN ", 3)).isEqualTo("DELETE FROM t WHERE id IN (?, ?, ?)");
    assertThat(IdLists.inList("x IN ", 1)).isEqualTo("x IN (?)");
  }
}
