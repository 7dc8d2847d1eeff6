package dev.softdelete.it;

import dev.softdelete.DeletedAt;
import dev.softdelete.Id;
import dev.softdelete.Index;
import dev.softdelete.SoftDeleteEntity;
import java.time.Instant;

/** An article of the blog example, listed by author and by time. */
@SoftDeleteEntity(
    table = "articles",
    indexes = @Index(name = "author_published", components = {"authorId", "publishedAt"}))
public record Article(
    @Id Long id,
    @Index long authorId,
    String title,
    String status,
    Instant publishedAt,
    @DeletedAt Instant deletedAt) {}
