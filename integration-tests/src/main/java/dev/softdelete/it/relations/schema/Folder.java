package dev.softdelete.it.relations.schema;

import dev.softdelete.Id;
import dev.softdelete.OnSoftDelete;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;
import java.util.UUID;

/** A tree by UUID ids: a root has no parent. */
@SoftDeleteEntity(table = "folders")
public record Folder(
    @Id UUID id,
    String name,
    @References(value = Folder.class, onSoftDelete = OnSoftDelete.CASCADE) UUID parentId) {}
