-- Major events: planned maintenance and incidents that affect many people at once. An event names
-- the categories it affects and, as free text, the services or sites; it has a start, an expected
-- end (changed by later updates when it overruns) and, once someone ends it, an end. Its updates
-- are the messages the call center posts while it lasts. Requests about it are attached to it, so
-- that their requesters hear of each update once and the requests can close with it.

CREATE SEQUENCE major_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE major_event_update_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE major_event_request_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE major_event (
  id               BIGINT PRIMARY KEY,
  kind             VARCHAR(20) NOT NULL,
  title            VARCHAR(300) NOT NULL,
  description      VARCHAR(10000) NOT NULL,
  starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  expected_end_at  TIMESTAMP WITH TIME ZONE,
  ended_at         TIMESTAMP WITH TIME ZONE,
  created_by       BIGINT REFERENCES person (id),
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  version          BIGINT NOT NULL
);
CREATE INDEX major_event_window_ix ON major_event (starts_at, ended_at);

CREATE TABLE major_event_category (
  event_id     BIGINT NOT NULL REFERENCES major_event (id),
  category_id  BIGINT NOT NULL REFERENCES category (id),
  PRIMARY KEY (event_id, category_id)
);

CREATE TABLE major_event_service (
  event_id  BIGINT NOT NULL REFERENCES major_event (id),
  sort_order INTEGER NOT NULL,
  name      VARCHAR(200) NOT NULL,
  PRIMARY KEY (event_id, sort_order)
);

CREATE TABLE major_event_update (
  id         BIGINT PRIMARY KEY,
  event_id   BIGINT NOT NULL REFERENCES major_event (id),
  body       VARCHAR(10000) NOT NULL,
  closing    BOOLEAN NOT NULL,
  posted_by  BIGINT REFERENCES person (id),
  posted_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX major_event_update_event_ix ON major_event_update (event_id, posted_at);

CREATE TABLE major_event_request (
  id           BIGINT PRIMARY KEY,
  event_id     BIGINT NOT NULL REFERENCES major_event (id),
  request_id   BIGINT NOT NULL REFERENCES service_request (id),
  attached_by  BIGINT REFERENCES person (id),
  attached_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT major_event_request_uk UNIQUE (event_id, request_id)
);
CREATE INDEX major_event_request_request_ix ON major_event_request (request_id);
