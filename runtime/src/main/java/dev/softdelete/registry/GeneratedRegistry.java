package dev.softdelete.registry;

import java.util.List;

/**
 * What the processor generated in one compilation, as constructor references: the service that
 * {@link SoftDeleteRegistry#load()} finds.
 *
 * <p>The processor writes one implementation per compilation ({@code <package>.SoftDeleteRegistry_<hash>})
 * and lists it in {@code META-INF/services/dev.softdelete.registry.GeneratedRegistry}, so finding the
 * generated classes needs neither {@code Class.forName} nor reflection, on the JVM or in a native image.
 * Users do not implement it.
 */
public interface GeneratedRegistry {
  /** Every generated {@code XRepository} and every {@code @Repository} interface, in qualified name order. */
  List<RepositoryBinding<?>> repositories();

  /** Every entity record, in qualified name order. */
  List<EntityBinding<?>> entities();
}
