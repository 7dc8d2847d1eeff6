package dev.softdelete.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.softdelete.registry.Fixtures.Note;
import dev.softdelete.registry.Fixtures.NoteRepository;
import dev.softdelete.registry.Fixtures.Tag;
import dev.softdelete.registry.Fixtures.TagRepository;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry as ServiceLoader finds it, through a class loader that serves a services file. */
class SoftDeleteRegistryTest {
  @TempDir Path services;

  private ClassLoader loaderListing(Class<?>... registries) throws IOException {
    Path file = services.resolve("META-INF/services/" + GeneratedRegistry.class.getName());
    Files.createDirectories(file.getParent());
    StringBuilder lines = new StringBuilder("# as the processor writes it\n");
    for (Class<?> registry : registries) {
      lines.append(registry.getName()).append('\n');
    }
    Files.writeString(file, lines);
    return new URLClassLoader(new URL[] {services.toUri().toURL()}, getClass().getClassLoader());
  }

  @Test
  void aLoaderWithoutRegistriesHasNothing() {
    SoftDeleteRegistry registry = SoftDeleteRegistry.load(getClass().getClassLoader());

    assertThat(registry.repositories()).isEmpty();
    assertThat(registry.entities()).isEmpty();
    assertThat(registry.tables()).isEmpty();
    assertThat(registry.repository(NoteRepository.class)).isEmpty();
    assertThat(registry.entity(Note.class)).isEmpty();
  }

  @Test
  void everyRegistryIsListedInServiceOrderAndATypeListedTwiceIsKeptOnceAsFirstListed() throws IOException {
    SoftDeleteRegistry registry =
        SoftDeleteRegistry.load(
            loaderListing(Fixtures.NotesRegistry.class, Fixtures.TagsAndNotesRegistry.class));

    assertThat(registry.repositories()).containsExactly(Fixtures.NOTES, Fixtures.TAGS);
    assertThat(registry.repositories().get(0)).isSameAs(Fixtures.NOTES);
    assertThat(registry.entities()).containsExactly(Fixtures.NOTE, Fixtures.TAG);
    assertThat(registry.tables()).extracting(t -> t.table()).containsExactly("note", "tag");
    assertThat(registry.repository(TagRepository.class)).containsSame(Fixtures.TAGS);
    assertThat(registry.entity(Tag.class)).containsSame(Fixtures.TAG);
    assertThat(registry.entity(Note.class)).containsSame(Fixtures.NOTE);
  }

  @Test
  void theOrderFollowsTheServicesFile() throws IOException {
    SoftDeleteRegistry registry =
        SoftDeleteRegistry.load(
            loaderListing(Fixtures.TagsAndNotesRegistry.class, Fixtures.NotesRegistry.class));

    assertThat(registry.repositories()).extracting(binding -> (Object) binding.type())
        .containsExactly(TagRepository.class, NoteRepository.class);
    assertThat(registry.tables()).extracting(t -> t.table()).containsExactly("tag", "note_again");
  }

  @Test
  void loadWithoutALoaderUsesTheThreadsContextClassLoader() throws IOException {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loaderListing(Fixtures.NotesRegistry.class));
    try {
      assertThat(SoftDeleteRegistry.load().repositories()).containsExactly(Fixtures.NOTES);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Test
  void theListsAreImmutable() throws IOException {
    SoftDeleteRegistry registry = SoftDeleteRegistry.load(loaderListing(Fixtures.NotesRegistry.class));

    assertThatThrownBy(() -> registry.repositories().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> registry.entities().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> registry.tables().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void bindingsCreateAndAttachThroughTheirConstructors() {
    Jdbi jdbi = Jdbi.create("jdbc:h2:mem:registry_bindings");
    try (Handle handle = jdbi.open()) {
      assertThat(Fixtures.NOTES.create(jdbi).source()).isSameAs(jdbi);
      assertThat(Fixtures.NOTES.attach(handle).source()).isSameAs(handle);
      assertThat(Fixtures.NOTES.entity()).isEqualTo(Note.class);
    }
  }

  @Test
  void anEntityBindingGivesANewMapperPerCallThatMapsRows() {
    assertThat(Fixtures.NOTE.rowMapper()).isNotSameAs(Fixtures.NOTE.rowMapper());
    Jdbi jdbi = Jdbi.create("jdbc:h2:mem:registry_mapper");
    try (Handle handle = jdbi.open()) {
      List<Note> notes =
          handle.createQuery("SELECT 7 AS id, 'hello' AS text").map(Fixtures.NOTE.rowMapper()).list();
      assertThat(notes).containsExactly(new Note(7, "hello"));
    }
  }

  @Test
  void bindingsAreEqualByTypeAndRefuseNulls() {
    assertThat(RepositoryBinding.of(NoteRepository.class, Object.class, jdbi -> null, handle -> null))
        .isEqualTo(Fixtures.NOTES)
        .hasSameHashCodeAs(Fixtures.NOTES)
        .isNotEqualTo(Fixtures.TAGS);
    assertThat(EntityBinding.of(Note.class, Fixtures.table("other"), () -> null))
        .isEqualTo(Fixtures.NOTE)
        .isNotEqualTo(Fixtures.TAG);
    assertThatThrownBy(() -> RepositoryBinding.of(null, Note.class, jdbi -> null, handle -> null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EntityBinding.of(Note.class, Fixtures.table("note"), () -> null).rowMapper())
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Fixtures.NOTES.create(null)).isInstanceOf(NullPointerException.class);
  }
}
