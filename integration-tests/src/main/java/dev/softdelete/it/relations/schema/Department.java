package dev.softdelete.it.relations.schema;

import dev.softdelete.Id;
import dev.softdelete.OnSoftDelete;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;

/**
 * One side of a cycle that cascades both ways: a department's head works in a department, and
 * deleting the head deletes the departments they head. The head is nullable: the way out of the cycle.
 */
@SoftDeleteEntity(table = "departments")
public record Department(
    @Id Long id,
    String name,
    @References(value = Employee.class, onSoftDelete = OnSoftDelete.CASCADE) Long headId) {}
