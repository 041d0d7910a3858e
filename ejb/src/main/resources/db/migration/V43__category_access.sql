-- The responsible of a category may read its requests: each request carries its category's key.
INSERT INTO request_access (request_id, access_key)
SELECT id, CONCAT('c:', CAST(category_id AS VARCHAR(20))) FROM service_request
WHERE category_id IS NOT NULL;
