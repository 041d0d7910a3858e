-- Service-level agreements: business calendars, policies, the clocks of each request, the alerts
-- the check pass raised and the state of that pass. Same SQL on H2 2.x and PostgreSQL.

CREATE SEQUENCE sla_calendar_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sla_policy_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sla_alert_seq START WITH 50 INCREMENT BY 50;

-- A business calendar. Exactly one is the default, used by policies that name none.
CREATE TABLE sla_calendar (
  id                BIGINT PRIMARY KEY,
  name              VARCHAR(100) NOT NULL,
  time_zone         VARCHAR(60) NOT NULL,
  default_calendar  BOOLEAN NOT NULL,
  version           BIGINT NOT NULL,
  CONSTRAINT sla_calendar_name_uk UNIQUE (name)
);

-- Opening hours: several slots per weekday, in minutes after local midnight (1440 is 24:00).
CREATE TABLE sla_calendar_slot (
  calendar_id   BIGINT NOT NULL REFERENCES sla_calendar (id),
  day_of_week   VARCHAR(10) NOT NULL,
  start_minute  INTEGER NOT NULL,
  end_minute    INTEGER NOT NULL
);
CREATE INDEX sla_calendar_slot_ix ON sla_calendar_slot (calendar_id);

-- Closed days, both ends included; a yearly holiday repeats on the same month and day.
CREATE TABLE sla_holiday (
  calendar_id  BIGINT NOT NULL REFERENCES sla_calendar (id),
  name         VARCHAR(200) NOT NULL,
  first_day    DATE NOT NULL,
  last_day     DATE NOT NULL,
  yearly       BOOLEAN NOT NULL
);
CREATE INDEX sla_holiday_ix ON sla_holiday (calendar_id);

-- A policy applies to requests matching its category, priority and requester group; a null
-- criterion matches any. Targets are business minutes.
CREATE TABLE sla_policy (
  id                  BIGINT PRIMARY KEY,
  name                VARCHAR(100) NOT NULL,
  category_id         BIGINT REFERENCES category (id),
  priority            VARCHAR(10),
  requester_group_id  BIGINT REFERENCES support_group (id),
  calendar_id         BIGINT REFERENCES sla_calendar (id),
  response_minutes    INTEGER NOT NULL,
  resolution_minutes  INTEGER NOT NULL,
  warning_percent     INTEGER NOT NULL,
  active              BOOLEAN NOT NULL,
  version             BIGINT NOT NULL,
  CONSTRAINT sla_policy_name_uk UNIQUE (name)
);

-- Who hears of a breach of a request in the category, besides its technician and the call center.
ALTER TABLE category ADD COLUMN responsible_id BIGINT;
ALTER TABLE category ADD CONSTRAINT category_responsible_fk
  FOREIGN KEY (responsible_id) REFERENCES person (id);

-- The clocks of one request, recomputed from its history on every change. For each target: the
-- goal, the status, the business seconds counted up to the last change, when the warning and the
-- deadline are (or were) reached, when the clock stopped, and the threshold the check pass marked.
-- sla_level and due_at describe the current target for lists. next_check_at is the next instant
-- the check pass must look at the row, so the pass reads only the rows due.
CREATE TABLE request_sla (
  request_id               BIGINT PRIMARY KEY REFERENCES service_request (id),
  policy_id                BIGINT REFERENCES sla_policy (id),
  calendar_id              BIGINT REFERENCES sla_calendar (id),
  warning_percent          INTEGER NOT NULL,
  response_goal_minutes    INTEGER NOT NULL,
  response_status          VARCHAR(20) NOT NULL,
  response_elapsed_s       BIGINT NOT NULL,
  response_warn_at         TIMESTAMP WITH TIME ZONE,
  response_due_at          TIMESTAMP WITH TIME ZONE,
  response_stopped_at      TIMESTAMP WITH TIME ZONE,
  response_marked          VARCHAR(10),
  resolution_goal_minutes  INTEGER NOT NULL,
  resolution_status        VARCHAR(20) NOT NULL,
  resolution_elapsed_s     BIGINT NOT NULL,
  resolution_warn_at       TIMESTAMP WITH TIME ZONE,
  resolution_due_at        TIMESTAMP WITH TIME ZONE,
  resolution_stopped_at    TIMESTAMP WITH TIME ZONE,
  resolution_marked        VARCHAR(10),
  sla_level                VARCHAR(20) NOT NULL,
  due_at                   TIMESTAMP WITH TIME ZONE,
  next_check_at            TIMESTAMP WITH TIME ZONE,
  stale                    BOOLEAN NOT NULL,
  alerts_from              TIMESTAMP WITH TIME ZONE NOT NULL,
  held_call_center_s       BIGINT NOT NULL,
  held_technician_s        BIGINT NOT NULL,
  held_responsible_s       BIGINT NOT NULL,
  held_requester_s         BIGINT NOT NULL,
  computed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  version                  BIGINT NOT NULL
);
CREATE INDEX request_sla_check_ix ON request_sla (next_check_at);
CREATE INDEX request_sla_level_ix ON request_sla (sla_level, due_at);
CREATE INDEX request_sla_due_ix ON request_sla (due_at, request_id);
CREATE INDEX request_sla_policy_ix ON request_sla (policy_id);
CREATE INDEX request_sla_calendar_ix ON request_sla (calendar_id);

-- One alert per request, target and threshold, ever: the unique key makes a second one fail.
CREATE TABLE sla_alert (
  id             BIGINT PRIMARY KEY,
  request_id     BIGINT NOT NULL REFERENCES service_request (id),
  target         VARCHAR(20) NOT NULL,
  threshold      VARCHAR(10) NOT NULL,
  reached_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  raised_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  deliver_after  TIMESTAMP WITH TIME ZONE NOT NULL,
  delivered_at   TIMESTAMP WITH TIME ZONE,
  CONSTRAINT sla_alert_uk UNIQUE (request_id, target, threshold)
);
CREATE INDEX sla_alert_delivery_ix ON sla_alert (delivered_at, deliver_after);

CREATE TABLE sla_alert_recipient (
  alert_id   BIGINT NOT NULL REFERENCES sla_alert (id),
  person_id  BIGINT NOT NULL REFERENCES person (id),
  party      VARCHAR(20) NOT NULL,
  PRIMARY KEY (alert_id, person_id)
);

-- The one row that serializes check passes across instances and records the last one.
CREATE TABLE sla_check_run (
  id           INTEGER PRIMARY KEY,
  started_at   TIMESTAMP WITH TIME ZONE,
  finished_at  TIMESTAMP WITH TIME ZONE,
  checked      INTEGER NOT NULL,
  marked       INTEGER NOT NULL,
  duration_ms  BIGINT NOT NULL
);
INSERT INTO sla_check_run (id, checked, marked, duration_ms) VALUES (1, 0, 0, 0);

-- Requests already open when this migration runs get an SLA row marked stale, with a next check in
-- the past, so the first check pass computes their deadlines through the same index. Thresholds
-- they passed before the migration are marked without an alert.
INSERT INTO request_sla (
  request_id, warning_percent,
  response_goal_minutes, response_status, response_elapsed_s,
  resolution_goal_minutes, resolution_status, resolution_elapsed_s,
  sla_level, next_check_at, stale, alerts_from,
  held_call_center_s, held_technician_s, held_responsible_s, held_requester_s,
  computed_at, version)
SELECT id, 0,
  0, 'NONE', 0,
  0, 'NONE', 0,
  'NONE', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', TRUE, CURRENT_TIMESTAMP,
  0, 0, 0, 0,
  CURRENT_TIMESTAMP, 1
FROM service_request
WHERE state NOT IN ('CLOSED', 'REJECTED');
