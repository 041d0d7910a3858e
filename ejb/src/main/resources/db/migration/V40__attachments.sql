-- Files attached to a request, from the portal, the API or mail. The metadata and the bytes live
-- in two tables, so that listing a request's attachments never reads their contents. A file that
-- came by mail names the received message and the comment it came with, and an inline image its
-- Content-ID, which the message's HTML refers to. BYTEA is
-- PostgreSQL's binary type; H2 2.x accepts the same name for BINARY VARYING.

CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE request_attachment (
  id            BIGINT PRIMARY KEY,
  request_id    BIGINT NOT NULL REFERENCES service_request (id),
  file_name     VARCHAR(255) NOT NULL,
  media_type    VARCHAR(200) NOT NULL,
  size_bytes    BIGINT NOT NULL,
  sha256        VARCHAR(64) NOT NULL,
  internal      BOOLEAN NOT NULL,
  source        VARCHAR(20) NOT NULL,
  uploaded_by   BIGINT REFERENCES person (id),
  uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  comment_id    BIGINT REFERENCES request_comment (id),
  inbound_id    BIGINT REFERENCES inbound_mail (id),
  content_id    VARCHAR(1000),
  inline_part   BOOLEAN NOT NULL
);
CREATE INDEX request_attachment_request_ix ON request_attachment (request_id, uploaded_at);

CREATE TABLE attachment_content (
  attachment_id BIGINT PRIMARY KEY REFERENCES request_attachment (id),
  content       BYTEA NOT NULL
);
