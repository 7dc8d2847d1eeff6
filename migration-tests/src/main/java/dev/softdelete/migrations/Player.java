package dev.softdelete.migrations;

import dev.softdelete.Id;
import dev.softdelete.OnSoftDelete;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;

/** The other side of the cycle with {@link Team}. */
@SoftDeleteEntity(table = "players")
public record Player(
    @Id Long id,
    String name,
    @References(value = Team.class, onSoftDelete = OnSoftDelete.CASCADE) long teamId) {}
