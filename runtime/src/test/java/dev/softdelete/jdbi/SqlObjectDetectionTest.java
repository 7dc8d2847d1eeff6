package dev.softdelete.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.Extensions;
import org.junit.jupiter.api.Test;

/**
 * The plugin installs jdbi3-sqlobject when it is there and does without it when it is not: it calls it
 * and catches {@link NoClassDefFoundError} instead of looking it up by name.
 */
class SqlObjectDetectionTest {
  @Test
  void withSqlObjectOnTheClasspathItsPluginIsInstalled() {
    Jdbi jdbi = Jdbi.create("jdbc:h2:mem:with_sqlobject").installPlugin(new SoftDeletePlugin());

    assertThat(jdbi.getConfig(Extensions.class).findFactory(org.jdbi.v3.sqlobject.SqlObjectFactory.class))
        .isPresent();
  }

  /** Jdbi and the runtime in a class loader of their own that has no jdbi3-sqlobject. */
  @Test
  void withoutSqlObjectThePluginInstallsWithoutIt() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(classpathWithoutSqlObject(), ClassLoader.getPlatformClassLoader())) {
      Class<?> jdbiType = loader.loadClass(Jdbi.class.getName());
      Class<?> pluginType = loader.loadClass("org.jdbi.v3.core.spi.JdbiPlugin");
      Object jdbi = jdbiType.getMethod("create", String.class).invoke(null, "jdbc:h2:mem:without_sqlobject");
      Object plugin = loader.loadClass(SoftDeletePlugin.class.getName()).getConstructor().newInstance();

      jdbiType.getMethod("installPlugin", pluginType).invoke(jdbi, plugin);

      assertThat(loader.getResource("org/jdbi/v3/sqlobject/SqlObjectPlugin.class")).isNull();
      Class<?> configType = loader.loadClass(SoftDeleteConfig.class.getName());
      Object config = jdbiType.getMethod("getConfig", Class.class).invoke(jdbi, configType);
      assertThat(configType.getMethod("clock").invoke(config)).as("the rest of the plugin ran").isNotNull();
    }
  }

  private static URL[] classpathWithoutSqlObject() throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains("jdbi3-sqlobject")) {
        urls.add(new File(entry).toURI().toURL());
      }
    }
    return urls.toArray(URL[]::new);
  }
}
