-- Two slices each added the same SECURITY DEFINER lookup of every agency's id for the jobs; the code now calls one
-- (app_agency_ids_for_jobs, lib/jobs/agency-ids.ts), so the other goes.
DROP FUNCTION app_job_agency_ids();
