package dev.softdelete.processor.model.query;

import dev.softdelete.processor.model.Names;
import java.util.List;
import java.util.Optional;

/**
 * How a record component of a {@code @Query} result finds its column: by label, ignoring case (H2
 * reports labels in upper case), equal to the component's name or to its snake_case form, so that
 * {@code publishedAt} takes {@code published_at}.
 */
public final class ColumnLabels {
  private ColumnLabels() {}

  /** The position, from 0, of the first label that fills the component. */
  public static Optional<Integer> position(String component, List<String> labels) {
    String snake = Names.snakeCase(component);
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      if (label.equalsIgnoreCase(component) || label.equalsIgnoreCase(snake)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}
