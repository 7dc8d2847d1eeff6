package dev.softdelete.it.relations.schema;

import dev.softdelete.Id;
import dev.softdelete.OnSoftDelete;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;

/** The other side of the cycle with {@link Department}: an employee goes with their department. */
@SoftDeleteEntity(table = "employees")
public record Employee(
    @Id Long id,
    @Unique String badge,
    @References(value = Department.class, onSoftDelete = OnSoftDelete.CASCADE) long departmentId) {}
