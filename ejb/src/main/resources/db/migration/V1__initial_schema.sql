-- The initial eHelp schema. Written in the SQL that H2 2.x and PostgreSQL both accept, so one
-- migration gives the same schema on both. Long texts are bounded VARCHARs rather than CLOB/TEXT,
-- which the two databases spell differently.
--
-- EclipseLink takes each value a sequence returns as the last id of a block of 50 (the
-- allocationSize of the entities), so every sequence starts at 50 or above.

CREATE SEQUENCE person_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE support_group_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE category_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE request_seq START WITH 1050 INCREMENT BY 50;
CREATE SEQUENCE history_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE comment_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE task_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE approval_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE idempotency_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE import_batch_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE person (
  id            BIGINT PRIMARY KEY,
  login         VARCHAR(100) NOT NULL,
  email         VARCHAR(320) NOT NULL,
  display_name  VARCHAR(200) NOT NULL,
  phone         VARCHAR(50),
  locale        VARCHAR(10) NOT NULL,
  time_zone     VARCHAR(60) NOT NULL,
  password_hash VARCHAR(500),
  active        BOOLEAN NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  version       BIGINT NOT NULL,
  CONSTRAINT person_login_uk UNIQUE (login),
  CONSTRAINT person_email_uk UNIQUE (email)
);

CREATE TABLE person_role (
  person_id BIGINT NOT NULL REFERENCES person (id),
  role      VARCHAR(30) NOT NULL,
  PRIMARY KEY (person_id, role)
);

CREATE TABLE support_group (
  id      BIGINT PRIMARY KEY,
  name    VARCHAR(100) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT support_group_name_uk UNIQUE (name)
);

CREATE TABLE group_member (
  group_id  BIGINT NOT NULL REFERENCES support_group (id),
  person_id BIGINT NOT NULL REFERENCES person (id),
  PRIMARY KEY (group_id, person_id)
);
CREATE INDEX group_member_person_ix ON group_member (person_id);

CREATE TABLE category (
  id                BIGINT PRIMARY KEY,
  code              VARCHAR(50) NOT NULL,
  name              VARCHAR(200) NOT NULL,
  support_group_id  BIGINT REFERENCES support_group (id),
  active            BOOLEAN NOT NULL,
  version           BIGINT NOT NULL,
  CONSTRAINT category_code_uk UNIQUE (code)
);

CREATE TABLE service_request (
  id                BIGINT PRIMARY KEY,
  title             VARCHAR(300) NOT NULL,
  description       VARCHAR(100000) NOT NULL,
  state             VARCHAR(30) NOT NULL,
  priority          VARCHAR(10) NOT NULL,
  channel           VARCHAR(20) NOT NULL,
  category_id       BIGINT REFERENCES category (id),
  requester_id      BIGINT NOT NULL REFERENCES person (id),
  filer_id          BIGINT NOT NULL REFERENCES person (id),
  technician_id     BIGINT REFERENCES person (id),
  support_group_id  BIGINT REFERENCES support_group (id),
  solution          VARCHAR(100000),
  hold_reason       VARCHAR(2000),
  resume_at         TIMESTAMP WITH TIME ZONE,
  accepted_at       TIMESTAMP WITH TIME ZONE,
  external_ref      VARCHAR(200),
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  closed_at         TIMESTAMP WITH TIME ZONE,
  history_count     INTEGER NOT NULL,
  version           BIGINT NOT NULL,
  CONSTRAINT service_request_external_ref_uk UNIQUE (external_ref)
);
CREATE INDEX service_request_state_ix ON service_request (state, created_at);
CREATE INDEX service_request_requester_ix ON service_request (requester_id);
CREATE INDEX service_request_filer_ix ON service_request (filer_id);
CREATE INDEX service_request_technician_ix ON service_request (technician_id);
CREATE INDEX service_request_category_ix ON service_request (category_id);
CREATE INDEX service_request_created_ix ON service_request (created_at, id);
CREATE INDEX service_request_resume_ix ON service_request (resume_at);
CREATE INDEX service_request_accepted_ix ON service_request (accepted_at);

-- Who may see a request, as keys matched against the reader's own keys: p:<person>, g:<group>,
-- r:<role>. The one authorization rule writes these rows; lists and search filter on them.
CREATE TABLE request_access (
  request_id  BIGINT NOT NULL REFERENCES service_request (id),
  access_key  VARCHAR(60) NOT NULL,
  PRIMARY KEY (request_id, access_key)
);
CREATE INDEX request_access_key_ix ON request_access (access_key, request_id);

CREATE TABLE request_history (
  id          BIGINT PRIMARY KEY,
  request_id  BIGINT NOT NULL REFERENCES service_request (id),
  seq         INTEGER NOT NULL,
  action      VARCHAR(30) NOT NULL,
  from_state  VARCHAR(30),
  to_state    VARCHAR(30) NOT NULL,
  actor_id    BIGINT REFERENCES person (id),
  actor_name  VARCHAR(200) NOT NULL,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  note        VARCHAR(100000),
  CONSTRAINT request_history_seq_uk UNIQUE (request_id, seq)
);

CREATE TABLE request_comment (
  id          BIGINT PRIMARY KEY,
  request_id  BIGINT NOT NULL REFERENCES service_request (id),
  author_id   BIGINT NOT NULL REFERENCES person (id),
  body        VARCHAR(100000) NOT NULL,
  internal    BOOLEAN NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX request_comment_request_ix ON request_comment (request_id, created_at);

CREATE TABLE request_task (
  id              BIGINT PRIMARY KEY,
  request_id      BIGINT NOT NULL REFERENCES service_request (id),
  contributor_id  BIGINT NOT NULL REFERENCES person (id),
  description     VARCHAR(4000) NOT NULL,
  due_date        DATE,
  state           VARCHAR(20) NOT NULL,
  note            VARCHAR(4000),
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX request_task_request_ix ON request_task (request_id);
CREATE INDEX request_task_contributor_ix ON request_task (contributor_id, state);

CREATE TABLE request_approval (
  id              BIGINT PRIMARY KEY,
  request_id      BIGINT NOT NULL REFERENCES service_request (id),
  responsible_id  BIGINT NOT NULL REFERENCES person (id),
  question        VARCHAR(4000) NOT NULL,
  decision        VARCHAR(20) NOT NULL,
  answer          VARCHAR(4000),
  asked_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX request_approval_request_ix ON request_approval (request_id);
CREATE INDEX request_approval_responsible_ix ON request_approval (responsible_id, decision);

CREATE TABLE api_token (
  id            BIGINT PRIMARY KEY,
  person_id     BIGINT NOT NULL REFERENCES person (id),
  name          VARCHAR(100) NOT NULL,
  token_hash    VARCHAR(64) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at  TIMESTAMP WITH TIME ZONE,
  revoked       BOOLEAN NOT NULL,
  CONSTRAINT api_token_hash_uk UNIQUE (token_hash)
);

CREATE TABLE idempotency_key (
  id          BIGINT PRIMARY KEY,
  person_id   BIGINT NOT NULL REFERENCES person (id),
  idem_key    VARCHAR(200) NOT NULL,
  request_id  BIGINT NOT NULL REFERENCES service_request (id),
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT idempotency_key_uk UNIQUE (person_id, idem_key)
);

CREATE TABLE import_batch (
  id            BIGINT PRIMARY KEY,
  file_name     VARCHAR(300) NOT NULL,
  file_sha256   VARCHAR(64) NOT NULL,
  row_count     INTEGER NOT NULL,
  created_count INTEGER NOT NULL,
  imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  imported_by   BIGINT REFERENCES person (id)
);

CREATE TABLE app_setting (
  setting_key    VARCHAR(100) PRIMARY KEY,
  setting_value  VARCHAR(2000) NOT NULL
);
