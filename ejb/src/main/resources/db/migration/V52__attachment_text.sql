-- The text of an attachment for the search index, read once when the file is stored: plain text,
-- PDF and Office files have one, other files none. It lives beside the bytes, so that listing a
-- request's attachments never reads it. Files stored before this column have no text.
ALTER TABLE attachment_content ADD COLUMN extracted_text VARCHAR(100000);
