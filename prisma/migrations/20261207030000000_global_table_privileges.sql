-- Up Migration
-- Defence in depth on the global tables (issue 19, finding 8). "User" and "PasswordToken"
-- carry no regionId, so Row-Level Security does not guard them; until now the app role could
-- read every password hash and token, make anyone PLATFORM_ADMIN and delete logins (cascading
-- into other regions' roles). Now it holds only what a use case needs:
--
--   "User"           SELECT of every column but "passwordHash"; INSERT of a login without
--                    password, platform role or district; UPDATE of "lastLoginAt" (login)
--                    and "sessionVersion" (logout, role-change trigger); no DELETE.
--   "PasswordToken"  nothing: links are issued, checked and redeemed by the functions below.
--
-- Password hashes are read and written only through SECURITY DEFINER functions owned by the
-- owner role, each with a pinned search_path and EXECUTE for the app role alone. Platform
-- roles (and a supervisor's district) are granted by the operator as the owner role; no use
-- case of the portal grants them (the demo seed does it through its owner connection).

-- An invited login has no password yet; the app role inserts logins without this column.
ALTER TABLE "User" ALTER COLUMN "passwordHash" SET DEFAULT '!eingeladen';

REVOKE ALL ON "User" FROM bildungsnetz_app;
GRANT SELECT ("id", "email", "name", "sessionVersion", "platformRole", "governmentDistrictId", "disabledAt",
              "lastLoginAt", "createdByRegionId", "createdAt") ON "User" TO bildungsnetz_app;
-- Prisma's create sends every column with a schema default ("passwordHash", "sessionVersion",
-- "createdAt"), so INSERT covers them; the trigger below lets the app role insert a login
-- only without a password.
GRANT INSERT ("id", "email", "name", "passwordHash", "sessionVersion", "createdByRegionId", "createdAt")
  ON "User" TO bildungsnetz_app;
GRANT UPDATE ("lastLoginAt", "sessionVersion") ON "User" TO bildungsnetz_app;

CREATE FUNCTION app_new_login_has_no_password() RETURNS trigger
  LANGUAGE plpgsql
  SET search_path = public, pg_temp
  AS $fn$
BEGIN
  IF NEW."passwordHash" IS DISTINCT FROM '!eingeladen'
     AND NOT pg_has_role(current_user, (SELECT c.relowner FROM pg_catalog.pg_class c WHERE c.oid = TG_RELID), 'USAGE') THEN
    RAISE EXCEPTION 'a new login gets its password through its link, not with its row'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$fn$;

CREATE TRIGGER user_inserted_without_password
  BEFORE INSERT ON "User"
  FOR EACH ROW EXECUTE FUNCTION app_new_login_has_no_password();

REVOKE ALL ON "PasswordToken" FROM bildungsnetz_app;

-- Login: the stored hash of the one address asked (argon2 runs in the app), or NULL.
-- No pattern: the address is compared for equality (citext, case-insensitive).
CREATE FUNCTION app_login_password_hash(p_email citext) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $fn$ SELECT u."passwordHash" FROM public."User" u WHERE u."email" = p_email $fn$;

-- Invitation: whether a login is still waiting for its first password.
CREATE FUNCTION app_login_pending(p_user uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $fn$ SELECT u."passwordHash" = '!eingeladen' FROM public."User" u WHERE u."id" = p_user $fn$;

-- Invitation: a new set-password link (only its SHA-256 is passed) for a pending login that
-- the region of this transaction created; replaces the login's unused older links.
CREATE FUNCTION app_issue_password_token(p_user uuid, p_token_hash text, p_expires_at timestamptz) RETURNS uuid
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $fn$
DECLARE
  v_id uuid;
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM public."User" u
     WHERE u."id" = p_user AND u."passwordHash" = '!eingeladen'
       AND u."createdByRegionId" IS NOT DISTINCT FROM app_current_region() AND app_current_region() IS NOT NULL
  ) THEN
    RAISE EXCEPTION 'a set-password link only for a pending login of the current region'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_expires_at > now() + interval '31 days' THEN
    RAISE EXCEPTION 'a set-password link lives at most 31 days' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  DELETE FROM public."PasswordToken" t WHERE t."userId" = p_user AND t."usedAt" IS NULL;
  INSERT INTO public."PasswordToken" ("id", "userId", "tokenHash", "purpose", "expiresAt")
    VALUES (gen_random_uuid(), p_user, p_token_hash, 'INVITATION', p_expires_at)
    RETURNING "id" INTO v_id;
  RETURN v_id;
END
$fn$;

-- The set-password page: whether a link can still be used.
CREATE FUNCTION app_password_token_usable(p_token_hash text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $fn$
  SELECT EXISTS (SELECT 1 FROM public."PasswordToken" t
                  WHERE t."tokenHash" = p_token_hash AND t."usedAt" IS NULL AND t."expiresAt" > now())
$fn$;

-- Setting a password through a link: marks the link used (once, even under concurrent
-- attempts), voids every other link of the login and stores the new argon2 hash (the
-- trigger user_credentials_end_sessions then ends older sessions). No row: link invalid.
CREATE FUNCTION app_set_password_with_token(p_token_hash text, p_password_hash text)
  RETURNS TABLE (user_id uuid, user_email citext)
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $fn$
DECLARE
  v_token_id uuid;
  v_user uuid;
BEGIN
  IF p_password_hash IS NULL OR p_password_hash !~ '^\$argon2id\$' THEN
    RAISE EXCEPTION 'only an argon2id hash can be set' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  UPDATE public."PasswordToken" t SET "usedAt" = now()
   WHERE t."tokenHash" = p_token_hash AND t."usedAt" IS NULL AND t."expiresAt" > now()
   RETURNING t."id", t."userId" INTO v_token_id, v_user;
  IF v_token_id IS NULL THEN
    RETURN;
  END IF;
  DELETE FROM public."PasswordToken" t WHERE t."userId" = v_user AND t."id" <> v_token_id;
  RETURN QUERY
    UPDATE public."User" u SET "passwordHash" = p_password_hash WHERE u."id" = v_user
    RETURNING u."id", u."email";
END
$fn$;

-- Demo seed and test factories: the first password of a login that this very transaction
-- created (row version written by the current transaction) and that has none yet. Grants
-- nothing an invitation plus its link would not: it can never touch an existing login.
CREATE FUNCTION app_set_new_login_password(p_user uuid, p_password_hash text) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $fn$
BEGIN
  IF p_password_hash IS NULL OR p_password_hash !~ '^\$argon2id\$' THEN
    RAISE EXCEPTION 'only an argon2id hash can be set' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  UPDATE public."User" u SET "passwordHash" = p_password_hash
   WHERE u."id" = p_user AND u."passwordHash" = '!eingeladen'
     AND u.xmin::text::bigint = pg_current_xact_id()::text::bigint % 4294967296;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'a password without a link only for a login created in this transaction'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
END
$fn$;

REVOKE ALL ON FUNCTION app_login_password_hash(citext), app_login_pending(uuid),
  app_issue_password_token(uuid, text, timestamptz), app_password_token_usable(text),
  app_set_password_with_token(text, text), app_set_new_login_password(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_login_password_hash(citext), app_login_pending(uuid),
  app_issue_password_token(uuid, text, timestamptz), app_password_token_usable(text),
  app_set_password_with_token(text, text), app_set_new_login_password(uuid, text) TO bildungsnetz_app;
