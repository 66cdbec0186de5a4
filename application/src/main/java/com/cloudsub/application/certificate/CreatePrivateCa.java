package com.cloudsub.application.certificate;

import com.cloudsub.application.account.Accounts;
import com.cloudsub.application.shared.Transactions;
import com.cloudsub.domain.account.AccountId;
import com.cloudsub.domain.certificate.CaKind;
import com.cloudsub.domain.certificate.PrivateCa;
import com.cloudsub.domain.certificate.PrivateCaId;
import com.cloudsub.domain.shared.BillingCalendar;
import com.cloudsub.domain.shared.DomainException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Creates a private CA, pending activation (R-PCA-1). A root CA is billed from now (R-PCA-2, A-53); a subordinate CA
 * names its parent, one of the caller's CAs that can issue (ACTIVE), so a root CA always comes first, and is billed from
 * its activation. Billing is on demand: nothing is paid now, the hourly settlement charges it.
 */
public class CreatePrivateCa {

    public static final int DEFAULT_VALIDITY_DAYS = 3650;
    public static final int MAX_VALIDITY_DAYS = 30 * 365;

    public record Command(AccountId caller, CaKind kind, PrivateCaId parentId, int validityDays) {
        public Command {
            if (kind == null) {
                throw DomainException.invalid("kind", "a private CA is ROOT or SUBORDINATE");
            }
            if (validityDays < 1 || validityDays > MAX_VALIDITY_DAYS) {
                throw DomainException.invalid("validityDays", "a CA is valid for 1 to " + MAX_VALIDITY_DAYS + " days");
            }
        }
    }

    private final PrivateCas cas;
    private final OnDemandAccess access;
    private final Transactions transactions;
    private final Clock clock;
    private final BillingCalendar calendar;

    public CreatePrivateCa(PrivateCas cas, Accounts accounts, AccountsInArrears arrears, Transactions transactions, Clock clock,
                           BillingCalendar calendar) {
        this.cas = cas;
        this.access = new OnDemandAccess(accounts, arrears);
        this.transactions = transactions;
        this.clock = clock;
        this.calendar = calendar;
    }

    public PrivateCa create(Command command) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            access.requireOperable(command.caller(), now);
            if (command.parentId() != null) {
                cas.owned(command.caller(), command.parentId(), "parentId").requireCanIssue();
            }
            PrivateCa ca = PrivateCa.create(new PrivateCaId("pca-" + UUID.randomUUID()), command.caller(), command.kind(),
                    command.parentId(), now.plus(Duration.ofDays(command.validityDays())), now);
            cas.add(ca, SettleCertificateHours.hourStart(now, calendar));
            return ca;
        });
    }
}
