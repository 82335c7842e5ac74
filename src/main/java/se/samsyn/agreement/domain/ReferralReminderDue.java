package se.samsyn.agreement.domain;

import java.util.UUID;

/** Internal: a reminder for this referral recipient was recorded and is to be mailed once the transaction commits. */
record ReferralReminderDue(UUID recipientId) {}
