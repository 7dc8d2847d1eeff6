package dev.softdelete.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.softdelete.SoftDeleteRepository;
import dev.softdelete.it.ModelBasedTest.Kind;
import dev.softdelete.it.ModelBasedTest.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The memberships table for {@link ModelBasedTest}: a primitive generated id and a compound unique
 * key, (org, user), drawn from six pairs, with the role as payload.
 */
final class ModelBasedMemberships implements Kind<Membership> {
  /** The compound key of a membership. */
  private record OrgUser(long orgId, long userId) {}

  private final MembershipRepository repository;

  ModelBasedMemberships(MembershipRepository repository) {
    this.repository = repository;
  }

  @Override
  public String table() {
    return MembershipSchema.TABLE;
  }

  @Override
  public String keyName() {
    return "org_user";
  }

  @Override
  public String keyColumns() {
    return "org_id, user_id";
  }

  @Override
  public String keyPresent() {
    return "org_id IS NOT NULL AND user_id IS NOT NULL";
  }

  @Override
  public SoftDeleteRepository<Membership, Long> repository() {
    return repository;
  }

  @Override
  public List<Object> keyPool() {
    List<Object> keys = new ArrayList<>();
    for (long org = 1; org <= 2; org++) {
      for (long user = 1; user <= 3; user++) {
        keys.add(new OrgUser(org, user));
      }
    }
    return keys;
  }

  @Override
  public Object randomKey(Random random) {
    return new OrgUser(1 + random.nextInt(2), 1 + random.nextInt(3));
  }

  @Override
  public Object randomPayload(Random random) {
    int r = random.nextInt(10);
    return r == 0 ? null : r < 5 ? Membership.Role.OWNER : Membership.Role.MEMBER;
  }

  @Override
  public Membership entity(Long id, Object key, Object payload, Random random) {
    OrgUser orgUser = (OrgUser) key;
    // A primitive generated id: 0 means "generate".
    return new Membership(
        id == null ? 0 : id, orgUser.orgId(), orgUser.userId(), (Membership.Role) payload);
  }

  @Override
  public Object keyOf(Membership entity) {
    return new OrgUser(entity.orgId(), entity.userId());
  }

  @Override
  public long idOf(Membership entity) {
    return entity.id();
  }

  @Override
  public Membership expected(long id, Row row) {
    OrgUser orgUser = (OrgUser) row.key();
    return new Membership(id, orgUser.orgId(), orgUser.userId(), (Membership.Role) row.payload());
  }

  @Override
  public Optional<Membership> findByKey(Object key) {
    OrgUser orgUser = (OrgUser) key;
    return repository.findByOrgIdAndUserId(orgUser.orgId(), orgUser.userId());
  }

  @Override
  public void checkFinderEdgeCases(String context) {
    assertThat(repository.findByOrgIdAndUserId(-1, -1))
        .as(context + " findByOrgIdAndUserId(-1, -1)")
        .isEmpty();
  }
}
