package se.samsyn.agreement.domain;

import java.util.UUID;

/** Internal: a reminder for this remiss recipient was recorded and is to be mailed once the transaction commits. */
record RemissReminderDue(UUID recipientId) {}
