package dev.softdelete.processor.model.query;

import dev.softdelete.processor.model.Component;

/** One key of {@code OrderBy…}: a component, ascending unless {@code Desc} follows it. */
public record OrderItem(Component component, boolean descending) {}
