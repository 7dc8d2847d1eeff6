package dev.softdelete.processor.model.query;

import dev.softdelete.processor.model.Component;

/**
 * One condition of a derived method: {@code AuthorIdIn} is the component {@code authorId} with the
 * operator {@link Operator#IN}; {@code TitleContainsIgnoreCase} adds {@code ignoreCase}.
 */
public record Criterion(Component component, Operator operator, boolean ignoreCase) {}
