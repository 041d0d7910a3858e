-- Requests by e-mail and notifications: the mailboxes eHelp polls, every message it received,
-- the quarantine, the files of requests, the outbox of notifications, the templates an admin
-- edits and each person's notification choices. Same SQL for H2 2.x and PostgreSQL; BYTEA is a
-- binary type in both.

CREATE SEQUENCE mailbox_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE inbound_mail_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE mail_quarantine_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE mail_thread_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE mail_outbox_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE mail_template_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE notification_pref_seq START WITH 50 INCREMENT BY 50;

-- A mailbox polled over IMAP or POP3. The lease lets one instance of a cluster poll it at a time.
CREATE TABLE mailbox (
  id                    BIGINT PRIMARY KEY,
  name                  VARCHAR(100) NOT NULL,
  protocol              VARCHAR(10) NOT NULL,
  security              VARCHAR(10) NOT NULL,
  host                  VARCHAR(255) NOT NULL,
  port                  INTEGER NOT NULL,
  username              VARCHAR(255) NOT NULL,
  password              VARCHAR(1000),
  folder                VARCHAR(255) NOT NULL,
  trust_certificate     BOOLEAN NOT NULL,
  poll_interval_seconds INTEGER NOT NULL,
  enabled               BOOLEAN NOT NULL,
  lease_until           TIMESTAMP WITH TIME ZONE,
  last_poll_at          TIMESTAMP WITH TIME ZONE,
  last_error            VARCHAR(2000),
  version               BIGINT NOT NULL,
  CONSTRAINT mailbox_name_uk UNIQUE (name)
);

-- Every message received, once per mailbox and Message-ID: the unique key makes a message seen
-- again change nothing. message_key is the SHA-256 of the Message-ID, or of the raw bytes when the
-- message has none.
CREATE TABLE inbound_mail (
  id            BIGINT PRIMARY KEY,
  mailbox_key   VARCHAR(300) NOT NULL,
  message_key   VARCHAR(64) NOT NULL,
  message_id    VARCHAR(1000),
  sender        VARCHAR(320),
  subject       VARCHAR(1000),
  size_bytes    INTEGER NOT NULL,
  received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  outcome       VARCHAR(30) NOT NULL,
  detail        VARCHAR(2000),
  request_id    BIGINT REFERENCES service_request (id),
  comment_id    BIGINT REFERENCES request_comment (id),
  body_html     VARCHAR(1000000),
  version       BIGINT NOT NULL,
  CONSTRAINT inbound_mail_uk UNIQUE (mailbox_key, message_key)
);
CREATE INDEX inbound_mail_sender_ix ON inbound_mail (sender, received_at);
CREATE INDEX inbound_mail_request_ix ON inbound_mail (request_id);

-- Message-IDs known to belong to a request, received or sent, so that replies thread by
-- In-Reply-To and References. id_hash is the SHA-256 of the Message-ID.
CREATE TABLE mail_thread (
  id          BIGINT PRIMARY KEY,
  id_hash     VARCHAR(64) NOT NULL,
  request_id  BIGINT NOT NULL REFERENCES service_request (id),
  CONSTRAINT mail_thread_uk UNIQUE (id_hash)
);

-- Messages that could not be processed, kept whole for an admin to download or reprocess.
CREATE TABLE mail_quarantine (
  id              BIGINT PRIMARY KEY,
  inbound_id      BIGINT NOT NULL REFERENCES inbound_mail (id),
  reason          VARCHAR(4000) NOT NULL,
  quarantined_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  state           VARCHAR(20) NOT NULL,
  resolved_at     TIMESTAMP WITH TIME ZONE,
  resolved_by     BIGINT REFERENCES person (id),
  version         BIGINT NOT NULL,
  CONSTRAINT mail_quarantine_inbound_uk UNIQUE (inbound_id)
);
CREATE INDEX mail_quarantine_state_ix ON mail_quarantine (state, quarantined_at);

CREATE TABLE mail_quarantine_raw (
  quarantine_id  BIGINT PRIMARY KEY REFERENCES mail_quarantine (id),
  content        BYTEA NOT NULL
);

-- Notifications written in the transaction of the change they announce and sent afterwards. One
-- row per event and address, so that an event never notifies the same address twice.
CREATE TABLE mail_outbox (
  id               BIGINT PRIMARY KEY,
  kind             VARCHAR(40) NOT NULL,
  event_key        VARCHAR(100) NOT NULL,
  request_id       BIGINT REFERENCES service_request (id),
  recipient_id     BIGINT REFERENCES person (id),
  to_address       VARCHAR(320) NOT NULL,
  to_name          VARCHAR(200),
  language         VARCHAR(10) NOT NULL,
  subject          VARCHAR(1000) NOT NULL,
  body             VARCHAR(100000) NOT NULL,
  message_id       VARCHAR(300) NOT NULL,
  in_reply_to      VARCHAR(1000),
  mail_references  VARCHAR(4000),
  auto_submitted   VARCHAR(30) NOT NULL,
  state            VARCHAR(20) NOT NULL,
  attempts         INTEGER NOT NULL,
  next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  lease_until      TIMESTAMP WITH TIME ZONE,
  last_error       VARCHAR(2000),
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  sent_at          TIMESTAMP WITH TIME ZONE,
  version          BIGINT NOT NULL,
  CONSTRAINT mail_outbox_event_uk UNIQUE (event_key, to_address)
);
CREATE INDEX mail_outbox_due_ix ON mail_outbox (state, next_attempt_at);
CREATE INDEX mail_outbox_request_ix ON mail_outbox (request_id);

-- Templates an admin changed; kinds and languages without a row use the shipped text.
CREATE TABLE mail_template (
  id          BIGINT PRIMARY KEY,
  kind        VARCHAR(40) NOT NULL,
  language    VARCHAR(10) NOT NULL,
  subject     VARCHAR(500) NOT NULL,
  body        VARCHAR(20000) NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by  BIGINT REFERENCES person (id),
  version     BIGINT NOT NULL,
  CONSTRAINT mail_template_uk UNIQUE (kind, language)
);

-- Kinds of notification a person turned off; a kind without a row is on.
CREATE TABLE notification_preference (
  id         BIGINT PRIMARY KEY,
  person_id  BIGINT NOT NULL REFERENCES person (id),
  kind       VARCHAR(40) NOT NULL,
  enabled    BOOLEAN NOT NULL,
  CONSTRAINT notification_preference_uk UNIQUE (person_id, kind)
);
