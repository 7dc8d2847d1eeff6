package dev.softdelete.internal;

import jdk.jfr.FlightRecorder;
import org.jdbi.v3.core.statement.JdbiStatementEvent;

/**
 * Whether a JFR recording wants Jdbi's statement events, so that AUTO sends statements through Jdbi,
 * which emits them. The check is {@code Event.isEnabled()}, a flag JFR keeps per event class; the
 * event instance it is asked on does not escape and costs no allocation once compiled.
 */
final class JdbiEvents {
  private JdbiEvents() {}

  /** Whether the JVM has JFR at all: a runtime image may leave the jdk.jfr module out. */
  private static final boolean JFR = ModuleLayer.boot().findModule("jdk.jfr").isPresent();

  static boolean statementEventEnabled() {
    return JFR && Holder.enabled();
  }

  /** Loaded only when jdk.jfr is present, so that nothing here links against it otherwise. */
  private static final class Holder {
    private static final boolean AVAILABLE = register();

    /**
     * Jdbi registers its event when it runs its first statement; registering it here too (JFR
     * ignores a second registration) lets a recording enable it before Jdbi has run anything.
     */
    private static boolean register() {
      if (!FlightRecorder.isAvailable()) {
        return false;
      }
      FlightRecorder.register(JdbiStatementEvent.class);
      return true;
    }

    static boolean enabled() {
      return AVAILABLE && new JdbiStatementEvent().isEnabled();
    }
  }
}
