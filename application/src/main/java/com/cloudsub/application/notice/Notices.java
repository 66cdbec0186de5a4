package com.cloudsub.application.notice;

import com.cloudsub.domain.account.Account;
import com.cloudsub.domain.account.Contact;
import com.cloudsub.domain.notice.Channel;
import com.cloudsub.domain.notice.NoticeKind;
import com.cloudsub.domain.account.ContactRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns one event into the outbox notices for the right contacts and channels (R-ACC-4, R-NOT-1). */
public final class Notices {

    /** The channels of most notices (R-NOT-1). */
    public static final Set<Channel> EMAIL_AND_SMS = Set.of(Channel.EMAIL, Channel.SMS);
    /** Every contact role: the creator and all collaborators (R-ACC-4, R-SSM-4). */
    public static final Set<ContactRole> EVERYONE = Set.of(ContactRole.values());

    private Notices() {
    }

    public static List<NoticeOutbox.Notice> forContacts(Account account, NoticeKind kind, Set<Channel> channels,
                                                        Set<ContactRole> roles, Map<String, String> values, String eventKey, Instant now) {
        List<NoticeOutbox.Notice> notices = new ArrayList<>();
        for (Contact contact : account.contacts()) {
            if (contact.roles().stream().noneMatch(roles::contains)) {
                continue;
            }
            for (Channel channel : channels) {
                String recipient = channel == Channel.EMAIL ? contact.email() : channel == Channel.SMS ? contact.phone() : null;
                if (recipient != null && !recipient.isBlank()) {
                    notices.add(new NoticeOutbox.Notice(account.id(), kind, channel, recipient, contact.language(), values,
                            eventKey + "/" + channel + "/" + recipient, now));
                }
            }
        }
        if (channels.contains(Channel.IN_SITE)) {
            notices.add(new NoticeOutbox.Notice(account.id(), kind, Channel.IN_SITE, account.id().value(), "zh", values,
                    eventKey + "/IN_SITE", now));
        }
        return notices;
    }
}
