package dev.softdelete.registry;

import dev.softdelete.TableDefinition;
import dev.softdelete.TableDefinition.KeyDefinition;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Hand-written stand-ins for what the processor generates, and two registries that overlap. */
final class Fixtures {
  private Fixtures() {}

  record Note(long id, String text) {}

  record Tag(long id) {}

  interface NoteRepository {
    Object source();
  }

  interface TagRepository {}

  /** Made like a generated repository: with a Jdbi (on demand) or a Handle (attached). */
  static final class JdbiNoteRepository implements NoteRepository {
    private final Object source;

    JdbiNoteRepository(Jdbi jdbi) {
      this.source = jdbi;
    }

    JdbiNoteRepository(Handle handle) {
      this.source = handle;
    }

    @Override
    public Object source() {
      return source;
    }
  }

  static final class JdbiTagRepository implements TagRepository {
    JdbiTagRepository(Jdbi jdbi) {}

    JdbiTagRepository(Handle handle) {}
  }

  static final class NoteRowMapper implements RowMapper<Note> {
    @Override
    public Note map(java.sql.ResultSet rs, StatementContext ctx) throws java.sql.SQLException {
      return new Note(rs.getLong("id"), rs.getString("text"));
    }
  }

  static TableDefinition table(String name) {
    return new TableDefinition(
        name, "live", "deleted_at", List.of("id"), new KeyDefinition("id", name + "_pk", List.of("id")),
        List.of(), List.of());
  }

  static final RepositoryBinding<NoteRepository> NOTES =
      RepositoryBinding.of(NoteRepository.class, Note.class, JdbiNoteRepository::new, JdbiNoteRepository::new);
  static final RepositoryBinding<TagRepository> TAGS =
      RepositoryBinding.of(TagRepository.class, Tag.class, JdbiTagRepository::new, JdbiTagRepository::new);
  static final EntityBinding<Note> NOTE = EntityBinding.of(Note.class, table("note"), NoteRowMapper::new);
  static final EntityBinding<Tag> TAG =
      EntityBinding.of(Tag.class, table("tag"), () -> (rs, ctx) -> new Tag(rs.getLong(1)));

  /** As one compilation's generated registry: notes only. */
  public static final class NotesRegistry implements GeneratedRegistry {
    @Override
    public List<RepositoryBinding<?>> repositories() {
      return List.of(NOTES);
    }

    @Override
    public List<EntityBinding<?>> entities() {
      return List.of(NOTE);
    }
  }

  /** Another compilation's: tags, and notes again under a binding of its own (kept out by the first). */
  public static final class TagsAndNotesRegistry implements GeneratedRegistry {
    @Override
    public List<RepositoryBinding<?>> repositories() {
      return List.of(
          TAGS,
          RepositoryBinding.of(
              NoteRepository.class, Note.class, JdbiNoteRepository::new, JdbiNoteRepository::new));
    }

    @Override
    public List<EntityBinding<?>> entities() {
      return List.of(TAG, EntityBinding.of(Note.class, table("note_again"), NoteRowMapper::new));
    }
  }
}
