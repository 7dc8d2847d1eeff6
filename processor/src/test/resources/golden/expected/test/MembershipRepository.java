package test;

import dev.softdelete.SoftDeleteGenerated;
import dev.softdelete.SoftDeleteRepository;
import dev.softdelete.jdbi.SoftDeletePlugin;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The soft-delete repository of {@link Membership}, over table {@code memberships}.
 *
 * <p>Get it from Jdbi with {@code handle.attach(MembershipRepository.class)} or
 * {@code jdbi.onDemand(MembershipRepository.class)} once {@link SoftDeletePlugin} is installed, or construct
 * {@link JdbiMembershipRepository} directly.
 */
@Generated("dev.softdelete.processor.SoftDeleteProcessor")
@SoftDeleteGenerated
public interface MembershipRepository extends SoftDeleteRepository<Membership, UUID> {
    /**
     * The live row whose {@code orgId} and {@code userId} are the given ones. Dead rows that share the key are
     * never returned, and a null value matches no row.
     *
     * <pre>{@code
     * SELECT id, org_id, user_id, role, is_admin, invited_by, seats, monthly_fee,
     * joined_on, badge, removed_at
     * FROM memberships WHERE org_id = ? AND user_id = ? AND active = TRUE
     * }</pre>
     */
    Optional<Membership> findByOrgIdAndUserId(long orgId, Long userId);
}
