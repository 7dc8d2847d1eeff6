package dev.softdelete.benchmarks.relations;

import static dev.softdelete.OnSoftDelete.CASCADE;

import dev.softdelete.Id;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;

/** The child of the two-level shape: it goes with its album, and comes back with it. */
@SoftDeleteEntity(table = "photos")
public record Photo(
    @Id Long id, @References(value = Album.class, onSoftDelete = CASCADE) long albumId, String caption) {}
