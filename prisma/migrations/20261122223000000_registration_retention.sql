-- Up Migration
-- Registrations are anonymised some time after their event (lib/events/retention.ts).
ALTER TABLE "Registration" ADD COLUMN "anonymisedAt" TIMESTAMPTZ(3);
