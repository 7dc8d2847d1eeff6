package dev.softdelete.jdbi;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.internal.OnDemandExtensions;

/**
 * Makes {@code jdbi.onDemand(UserRepository.class)} return the generated repository itself.
 *
 * <p>This is the runtime's one use of a Jdbi internal type, kept here alone. {@code Jdbi.onDemand}
 * asks the factory in {@link OnDemandExtensions}, whose default builds a {@code java.lang.reflect.Proxy}
 * that opens a handle per call; there is no public hook to supply an on-demand object of our own.
 * jdbi3-sqlobject replaces that factory the same way, without keeping the previous one, so this class
 * keeps the factory it finds (through {@code createCopy}, since Jdbi has no getter for it) and hands it
 * every type that is not a generated repository (one the generated registry does not list). The
 * generated repository needs no proxy: made with a {@code Jdbi}, it already runs each call on the
 * calling thread's open handle or a new one.
 *
 * <p>If a Jdbi release changes this class, only this file needs to follow.
 */
final class OnDemandRepositories {
  private OnDemandRepositories() {}

  static void install(Jdbi jdbi) {
    OnDemandExtensions onDemand = jdbi.getConfig(OnDemandExtensions.class);
    OnDemandExtensions previous = onDemand.createCopy();
    onDemand.setFactory(
        (db, type, extraTypes) -> Optional.of(
            Bindings.repository(type)
                .filter(found -> extraTypes.length == 0)
                .<Object>map(found -> found.create(db))
                .orElseGet(() -> previous.create(db, type, extraTypes))));
  }
}
