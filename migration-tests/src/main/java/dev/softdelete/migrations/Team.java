package dev.softdelete.migrations;

import dev.softdelete.Id;
import dev.softdelete.References;
import dev.softdelete.SoftDeleteEntity;

/** One side of a cycle: a team may have a captain, who plays in a team. */
@SoftDeleteEntity(table = "teams")
public record Team(@Id Long id, String name, @References(Player.class) Long captainId) {}
