// The two database roles of the portal. Migrations and seeding run as the owner; the app
// runs as APP_ROLE, which is neither superuser, BYPASSRLS nor owner, so Row-Level Security
// holds even for a query that forgot its `where`.
export const OWNER_ROLE = "bildungsnetz_owner";
export const APP_ROLE = "bildungsnetz_app";
export const DATABASE_NAME = "bildungsnetz";
