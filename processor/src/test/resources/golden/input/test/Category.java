package test;

import dev.softdelete.Id;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;

/**
 * A tree: a self-reference, nullable so that a root has no parent, by a String id, whose column gets
 * the bounded type of a key column where text cannot be indexed otherwise.
 */
@SoftDeleteEntity(table = "categories")
public record Category(@Id String code, String name, @References(Category.class) String parentCode) {}
