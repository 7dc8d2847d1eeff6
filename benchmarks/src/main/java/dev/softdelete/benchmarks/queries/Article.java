package dev.softdelete.benchmarks.queries;

import dev.softdelete.DeletedAt;
import dev.softdelete.Id;
import dev.softdelete.Index;
import dev.softdelete.SoftDeleteEntity;
import java.time.Instant;

/**
 * The blog example's article (issue 8), with the indexes its queries need: an author's live
 * articles, and the same newest first. The same record as the integration tests' {@code Article}.
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
