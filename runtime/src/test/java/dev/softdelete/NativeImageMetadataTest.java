package dev.softdelete;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jdbi.v3.core.config.JdbiConfig;
import org.junit.jupiter.api.Test;

/**
 * The GraalVM metadata the runtime ships lists what is reached reflectively and nothing more: Jdbi's
 * {@code ConfigRegistry} creates every {@link JdbiConfig} through its no-argument constructor, so each
 * of ours is listed with it; everything else the runtime reaches through the generated registry's
 * constructor references (see {@link ReflectionFreeTest}).
 */
class NativeImageMetadataTest {
  private static final String PATH =
      "META-INF/native-image/dev.softdelete/softdelete-runtime/reachability-metadata.json";
  private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"");

  @Test
  void listsExactlyTheJdbiConfigurationsOfTheRuntimeWithTheirNoArgumentConstructors() throws Exception {
    String metadata = read();
    Set<String> listed = new TreeSet<>();
    Matcher type = TYPE.matcher(metadata);
    while (type.find()) {
      listed.add(type.group(1));
    }
    Set<String> configs =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.softdelete")
            .stream()
            .filter(c -> c.isAssignableTo(JdbiConfig.class) && !c.isInterface())
            .map(JavaClass::getName)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(listed).isEqualTo(configs).isNotEmpty();
    assertThat(metadata.replaceAll("\\s", "")).contains("\"methods\":[{\"name\":\"<init>\",\"parameterTypes\":[]}]");
    for (String name : configs) {
      assertThat(Class.forName(name).getConstructor()).as("public no-argument constructor of %s", name).isNotNull();
    }
  }

  private static String read() throws IOException {
    try (InputStream in = NativeImageMetadataTest.class.getClassLoader().getResourceAsStream(PATH)) {
      assertThat(in).as(PATH).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
