-- Indexes behind the portal's sortable, filterable request lists and the workspaces of each role.
CREATE INDEX service_request_updated_ix ON service_request (updated_at, id);
CREATE INDEX service_request_priority_ix ON service_request (priority, created_at);
CREATE INDEX service_request_group_ix ON service_request (support_group_id, state);
CREATE INDEX service_request_closed_ix ON service_request (closed_at);
