package dev.softdelete.it;

import dev.softdelete.DeletedAt;
import dev.softdelete.Id;
import dev.softdelete.Index;
import dev.softdelete.SoftDeleteEntity;
import java.time.Instant;

/**
 * The blog example's article, with the indexes its queries need: an author's live articles
 * ({@code @Index} on authorId), and the same newest first (the compound index over authorId,
 * publishedAt).
 */
@SoftDeleteEntity(
    table = "articles",
    indexes =
        @Index(
            name = "author_published",
            components = {"authorId", "publishedAt"}))
public record Article(
    @Id Long id,
    @Index long authorId,
    String title,
    String status,
    Instant publishedAt,
    @DeletedAt Instant deletedAt) {}
