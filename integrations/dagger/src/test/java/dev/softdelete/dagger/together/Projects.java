package dev.softdelete.dagger.together;

import dev.softdelete.Repository;
import java.util.List;

/** A {@code @Repository} of the same compilation: its implementation, too, is generated in a later round. */
@Repository
public interface Projects extends ProjectRepository {
  List<Project> findByOwnerOrderByName(String owner);
}
