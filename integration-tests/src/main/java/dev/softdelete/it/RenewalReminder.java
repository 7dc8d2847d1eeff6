package dev.softdelete.it;

import dev.softdelete.Id;
import dev.softdelete.Index;
import dev.softdelete.SoftDeleteEntity;
import dev.softdelete.Unique;
import dev.softdelete.UniqueKey;

/**
 * A table whose name is so long that every constraint and index name is cut and ends with a hash, an
 * id the caller supplies, a compound key whose columns may be NULL, and a declared index.
 */
@SoftDeleteEntity(
    table = "subscription_renewal_reminders_for_enterprise_billing_accounts",
    uniqueKeys = @UniqueKey(name = "account_channel", components = {"accountId", "channel"}))
public record RenewalReminder(
    @Id(generated = false) long id, @Unique String code, Long accountId, @Index String channel) {}
