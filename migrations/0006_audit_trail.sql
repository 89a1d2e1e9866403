CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text,
	`action` text NOT NULL,
	`record_kind` text NOT NULL,
	`record_id` integer,
	`owner_kind` text,
	`owner_id` integer,
	`before` text,
	`after` text,
	`content_hash` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	`redacted` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_record` ON `audit_log` (`record_kind`,`record_id`);--> statement-breakpoint
CREATE INDEX `audit_log_owner` ON `audit_log` (`owner_kind`,`owner_id`);--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_kind_at` ON `audit_log` (`record_kind`,`at`);--> statement-breakpoint
CREATE TABLE `safeguarding_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text,
	`action` text NOT NULL,
	`record_kind` text NOT NULL,
	`record_id` integer,
	`owner_kind` text,
	`owner_id` integer,
	`before` text,
	`after` text,
	`content_hash` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	`redacted` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `safeguarding_history_record` ON `safeguarding_history` (`record_id`);--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` WHEN NOT (NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor AND NEW.action IS OLD.action AND NEW.record_kind IS OLD.record_kind AND NEW.record_id IS OLD.record_id AND NEW.owner_kind IS OLD.owner_kind AND NEW.owner_id IS OLD.owner_id AND NEW.content_hash IS OLD.content_hash AND NEW.prev_hash IS OLD.prev_hash AND NEW.hash IS OLD.hash AND NEW.before IS NULL AND NEW.after IS NULL AND NEW.redacted = 1) BEGIN
  SELECT RAISE(ABORT, 'The history of changes cannot be edited');
END;--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'The history of changes cannot be deleted');
END;--> statement-breakpoint
CREATE TRIGGER `safeguarding_history_no_update` BEFORE UPDATE ON `safeguarding_history` WHEN NOT (NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor AND NEW.action IS OLD.action AND NEW.record_kind IS OLD.record_kind AND NEW.record_id IS OLD.record_id AND NEW.owner_kind IS OLD.owner_kind AND NEW.owner_id IS OLD.owner_id AND NEW.content_hash IS OLD.content_hash AND NEW.prev_hash IS OLD.prev_hash AND NEW.hash IS OLD.hash AND NEW.before IS NULL AND NEW.after IS NULL AND NEW.redacted = 1) BEGIN
  SELECT RAISE(ABORT, 'The history of changes cannot be edited');
END;--> statement-breakpoint
CREATE TRIGGER `safeguarding_history_no_delete` BEFORE DELETE ON `safeguarding_history` BEGIN
  SELECT RAISE(ABORT, 'The history of changes cannot be deleted');
END;--> statement-breakpoint
CREATE TRIGGER `audit_care_review_updates_insert` AFTER INSERT ON `care_review_updates` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'create') AS action, 'care_review_updates' AS record_kind, NEW.id AS record_id, 'young_people' AS owner_kind, NEW."young_person_id" AS owner_id,
      NULL AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'young_person_id', NEW."young_person_id", 'review_date', NEW."review_date", 'young_person_views', NEW."young_person_views", 'views_agreed', NEW."views_agreed", 'objectives', NEW."objectives", 'progress', NEW."progress", 'iv_will_attend', NEW."iv_will_attend", 'coordinator_comments', NEW."coordinator_comments", 'prepared_date', NEW."prepared_date", 'sent_date', NEW."sent_date")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_care_review_updates_update` AFTER UPDATE ON `care_review_updates` WHEN OLD."id" IS NOT NEW."id" OR OLD."external_ref" IS NOT NEW."external_ref" OR OLD."young_person_id" IS NOT NEW."young_person_id" OR OLD."review_date" IS NOT NEW."review_date" OR OLD."young_person_views" IS NOT NEW."young_person_views" OR OLD."views_agreed" IS NOT NEW."views_agreed" OR OLD."objectives" IS NOT NEW."objectives" OR OLD."progress" IS NOT NEW."progress" OR OLD."iv_will_attend" IS NOT NEW."iv_will_attend" OR OLD."coordinator_comments" IS NOT NEW."coordinator_comments" OR OLD."prepared_date" IS NOT NEW."prepared_date" OR OLD."sent_date" IS NOT NEW."sent_date" BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'update') AS action, 'care_review_updates' AS record_kind, NEW.id AS record_id, 'young_people' AS owner_kind, NEW."young_person_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'young_person_id', OLD."young_person_id", 'review_date', OLD."review_date", 'young_person_views', OLD."young_person_views", 'views_agreed', OLD."views_agreed", 'objectives', OLD."objectives", 'progress', OLD."progress", 'iv_will_attend', OLD."iv_will_attend", 'coordinator_comments', OLD."coordinator_comments", 'prepared_date', OLD."prepared_date", 'sent_date', OLD."sent_date")) END AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'young_person_id', NEW."young_person_id", 'review_date', NEW."review_date", 'young_person_views', NEW."young_person_views", 'views_agreed', NEW."views_agreed", 'objectives', NEW."objectives", 'progress', NEW."progress", 'iv_will_attend', NEW."iv_will_attend", 'coordinator_comments', NEW."coordinator_comments", 'prepared_date', NEW."prepared_date", 'sent_date', NEW."sent_date")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_care_review_updates_delete` AFTER DELETE ON `care_review_updates` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'delete') AS action, 'care_review_updates' AS record_kind, OLD.id AS record_id, 'young_people' AS owner_kind, OLD."young_person_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'young_person_id', OLD."young_person_id", 'review_date', OLD."review_date", 'young_person_views', OLD."young_person_views", 'views_agreed', OLD."views_agreed", 'objectives', OLD."objectives", 'progress', OLD."progress", 'iv_will_attend', OLD."iv_will_attend", 'coordinator_comments', OLD."coordinator_comments", 'prepared_date', OLD."prepared_date", 'sent_date', OLD."sent_date")) END AS before, NULL AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_care_review_updates_erase_update` BEFORE UPDATE ON `care_review_updates` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'care_review_updates' AND record_id = OLD.id) OR (owner_kind = 'care_review_updates' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_care_review_updates_erase_delete` BEFORE DELETE ON `care_review_updates` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'care_review_updates' AND record_id = OLD.id) OR (owner_kind = 'care_review_updates' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_care_reviews_insert` AFTER INSERT ON `care_reviews` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'create') AS action, 'care_reviews' AS record_kind, NEW.id AS record_id, 'young_people' AS owner_kind, NEW."young_person_id" AS owner_id,
      NULL AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'young_person_id', NEW."young_person_id", 'date', NEW."date", 'iv_attended', NEW."iv_attended", 'coordinator_attended', NEW."coordinator_attended", 'professional_feedback', NEW."professional_feedback", 'feedback_from', NEW."feedback_from", 'objectives', NEW."objectives", 'progress', NEW."progress", 'notes', NEW."notes", 'next_review_date', NEW."next_review_date")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_care_reviews_update` AFTER UPDATE ON `care_reviews` WHEN OLD."id" IS NOT NEW."id" OR OLD."external_ref" IS NOT NEW."external_ref" OR OLD."young_person_id" IS NOT NEW."young_person_id" OR OLD."date" IS NOT NEW."date" OR OLD."iv_attended" IS NOT NEW."iv_attended" OR OLD."coordinator_attended" IS NOT NEW."coordinator_attended" OR OLD."professional_feedback" IS NOT NEW."professional_feedback" OR OLD."feedback_from" IS NOT NEW."feedback_from" OR OLD."objectives" IS NOT NEW."objectives" OR OLD."progress" IS NOT NEW."progress" OR OLD."notes" IS NOT NEW."notes" OR OLD."next_review_date" IS NOT NEW."next_review_date" BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'update') AS action, 'care_reviews' AS record_kind, NEW.id AS record_id, 'young_people' AS owner_kind, NEW."young_person_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'young_person_id', OLD."young_person_id", 'date', OLD."date", 'iv_attended', OLD."iv_attended", 'coordinator_attended', OLD."coordinator_attended", 'professional_feedback', OLD."professional_feedback", 'feedback_from', OLD."feedback_from", 'objectives', OLD."objectives", 'progress', OLD."progress", 'notes', OLD."notes", 'next_review_date', OLD."next_review_date")) END AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'young_person_id', NEW."young_person_id", 'date', NEW."date", 'iv_attended', NEW."iv_attended", 'coordinator_attended', NEW."coordinator_attended", 'professional_feedback', NEW."professional_feedback", 'feedback_from', NEW."feedback_from", 'objectives', NEW."objectives", 'progress', NEW."progress", 'notes', NEW."notes", 'next_review_date', NEW."next_review_date")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_care_reviews_delete` AFTER DELETE ON `care_reviews` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'delete') AS action, 'care_reviews' AS record_kind, OLD.id AS record_id, 'young_people' AS owner_kind, OLD."young_person_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'young_person_id', OLD."young_person_id", 'date', OLD."date", 'iv_attended', OLD."iv_attended", 'coordinator_attended', OLD."coordinator_attended", 'professional_feedback', OLD."professional_feedback", 'feedback_from', OLD."feedback_from", 'objectives', OLD."objectives", 'progress', OLD."progress", 'notes', OLD."notes", 'next_review_date', OLD."next_review_date")) END AS before, NULL AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_care_reviews_erase_update` BEFORE UPDATE ON `care_reviews` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'care_reviews' AND record_id = OLD.id) OR (owner_kind = 'care_reviews' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_care_reviews_erase_delete` BEFORE DELETE ON `care_reviews` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'care_reviews' AND record_id = OLD.id) OR (owner_kind = 'care_reviews' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_complaints_insert` AFTER INSERT ON `complaints` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'create') AS action, 'complaints' AS record_kind, NEW.id AS record_id, NULL AS owner_kind, NULL AS owner_id,
      NULL AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'date', NEW."date", 'complainant', NEW."complainant", 'summary', NEW."summary", 'outcome', NEW."outcome", 'resolved_date', NEW."resolved_date")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_complaints_update` AFTER UPDATE ON `complaints` WHEN OLD."id" IS NOT NEW."id" OR OLD."external_ref" IS NOT NEW."external_ref" OR OLD."date" IS NOT NEW."date" OR OLD."complainant" IS NOT NEW."complainant" OR OLD."summary" IS NOT NEW."summary" OR OLD."outcome" IS NOT NEW."outcome" OR OLD."resolved_date" IS NOT NEW."resolved_date" BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'update') AS action, 'complaints' AS record_kind, NEW.id AS record_id, NULL AS owner_kind, NULL AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'date', OLD."date", 'complainant', OLD."complainant", 'summary', OLD."summary", 'outcome', OLD."outcome", 'resolved_date', OLD."resolved_date")) END AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'date', NEW."date", 'complainant', NEW."complainant", 'summary', NEW."summary", 'outcome', NEW."outcome", 'resolved_date', NEW."resolved_date")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_complaints_delete` AFTER DELETE ON `complaints` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'delete') AS action, 'complaints' AS record_kind, OLD.id AS record_id, NULL AS owner_kind, NULL AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'date', OLD."date", 'complainant', OLD."complainant", 'summary', OLD."summary", 'outcome', OLD."outcome", 'resolved_date', OLD."resolved_date")) END AS before, NULL AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_complaints_erase_update` BEFORE UPDATE ON `complaints` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'complaints' AND record_id = OLD.id) OR (owner_kind = 'complaints' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_complaints_erase_delete` BEFORE DELETE ON `complaints` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'complaints' AND record_id = OLD.id) OR (owner_kind = 'complaints' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_consents_insert` AFTER INSERT ON `consents` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'create') AS action, 'consents' AS record_kind, NEW.id AS record_id, 'young_people' AS owner_kind, NEW."young_person_id" AS owner_id,
      NULL AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'young_person_id', NEW."young_person_id", 'signed_date', NEW."signed_date", 'form_version', NEW."form_version", 'explained_by', NEW."explained_by", 'complaints_procedure_explained', NEW."complaints_procedure_explained", 'withdrawn_date', NEW."withdrawn_date")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_consents_update` AFTER UPDATE ON `consents` WHEN OLD."id" IS NOT NEW."id" OR OLD."external_ref" IS NOT NEW."external_ref" OR OLD."young_person_id" IS NOT NEW."young_person_id" OR OLD."signed_date" IS NOT NEW."signed_date" OR OLD."form_version" IS NOT NEW."form_version" OR OLD."explained_by" IS NOT NEW."explained_by" OR OLD."complaints_procedure_explained" IS NOT NEW."complaints_procedure_explained" OR OLD."withdrawn_date" IS NOT NEW."withdrawn_date" BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'update') AS action, 'consents' AS record_kind, NEW.id AS record_id, 'young_people' AS owner_kind, NEW."young_person_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'young_person_id', OLD."young_person_id", 'signed_date', OLD."signed_date", 'form_version', OLD."form_version", 'explained_by', OLD."explained_by", 'complaints_procedure_explained', OLD."complaints_procedure_explained", 'withdrawn_date', OLD."withdrawn_date")) END AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'young_person_id', NEW."young_person_id", 'signed_date', NEW."signed_date", 'form_version', NEW."form_version", 'explained_by', NEW."explained_by", 'complaints_procedure_explained', NEW."complaints_procedure_explained", 'withdrawn_date', NEW."withdrawn_date")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_consents_delete` AFTER DELETE ON `consents` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'delete') AS action, 'consents' AS record_kind, OLD.id AS record_id, 'young_people' AS owner_kind, OLD."young_person_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'young_person_id', OLD."young_person_id", 'signed_date', OLD."signed_date", 'form_version', OLD."form_version", 'explained_by', OLD."explained_by", 'complaints_procedure_explained', OLD."complaints_procedure_explained", 'withdrawn_date', OLD."withdrawn_date")) END AS before, NULL AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_consents_erase_update` BEFORE UPDATE ON `consents` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'consents' AND record_id = OLD.id) OR (owner_kind = 'consents' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_consents_erase_delete` BEFORE DELETE ON `consents` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'consents' AND record_id = OLD.id) OR (owner_kind = 'consents' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_contacts_insert` AFTER INSERT ON `contacts` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'create') AS action, 'contacts' AS record_kind, NEW.id AS record_id, 'matches' AS owner_kind, NEW."match_id" AS owner_id,
      NULL AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'match_id', NEW."match_id", 'date', NEW."date", 'kind', NEW."kind", 'with_whom', NEW."with_whom", 'note', NEW."note")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_contacts_update` AFTER UPDATE ON `contacts` WHEN OLD."id" IS NOT NEW."id" OR OLD."external_ref" IS NOT NEW."external_ref" OR OLD."match_id" IS NOT NEW."match_id" OR OLD."date" IS NOT NEW."date" OR OLD."kind" IS NOT NEW."kind" OR OLD."with_whom" IS NOT NEW."with_whom" OR OLD."note" IS NOT NEW."note" BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'update') AS action, 'contacts' AS record_kind, NEW.id AS record_id, 'matches' AS owner_kind, NEW."match_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'match_id', OLD."match_id", 'date', OLD."date", 'kind', OLD."kind", 'with_whom', OLD."with_whom", 'note', OLD."note")) END AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'match_id', NEW."match_id", 'date', NEW."date", 'kind', NEW."kind", 'with_whom', NEW."with_whom", 'note', NEW."note")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_contacts_delete` AFTER DELETE ON `contacts` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'delete') AS action, 'contacts' AS record_kind, OLD.id AS record_id, 'matches' AS owner_kind, OLD."match_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'match_id', OLD."match_id", 'date', OLD."date", 'kind', OLD."kind", 'with_whom', OLD."with_whom", 'note', OLD."note")) END AS before, NULL AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_contacts_erase_update` BEFORE UPDATE ON `contacts` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'contacts' AND record_id = OLD.id) OR (owner_kind = 'contacts' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_contacts_erase_delete` BEFORE DELETE ON `contacts` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'contacts' AND record_id = OLD.id) OR (owner_kind = 'contacts' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_feedback_insert` AFTER INSERT ON `feedback` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'create') AS action, 'feedback' AS record_kind, NEW.id AS record_id, 'matches' AS owner_kind, NEW."match_id" AS owner_id,
      NULL AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'match_id', NEW."match_id", 'date', NEW."date", 'source', NEW."source", 'satisfaction', NEW."satisfaction", 'benefited', NEW."benefited", 'comments', NEW."comments")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_feedback_update` AFTER UPDATE ON `feedback` WHEN OLD."id" IS NOT NEW."id" OR OLD."external_ref" IS NOT NEW."external_ref" OR OLD."match_id" IS NOT NEW."match_id" OR OLD."date" IS NOT NEW."date" OR OLD."source" IS NOT NEW."source" OR OLD."satisfaction" IS NOT NEW."satisfaction" OR OLD."benefited" IS NOT NEW."benefited" OR OLD."comments" IS NOT NEW."comments" BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'update') AS action, 'feedback' AS record_kind, NEW.id AS record_id, 'matches' AS owner_kind, NEW."match_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'match_id', OLD."match_id", 'date', OLD."date", 'source', OLD."source", 'satisfaction', OLD."satisfaction", 'benefited', OLD."benefited", 'comments', OLD."comments")) END AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'match_id', NEW."match_id", 'date', NEW."date", 'source', NEW."source", 'satisfaction', NEW."satisfaction", 'benefited', NEW."benefited", 'comments', NEW."comments")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_feedback_delete` AFTER DELETE ON `feedback` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'delete') AS action, 'feedback' AS record_kind, OLD.id AS record_id, 'matches' AS owner_kind, OLD."match_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'match_id', OLD."match_id", 'date', OLD."date", 'source', OLD."source", 'satisfaction', OLD."satisfaction", 'benefited', OLD."benefited", 'comments', OLD."comments")) END AS before, NULL AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_feedback_erase_update` BEFORE UPDATE ON `feedback` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'feedback' AND record_id = OLD.id) OR (owner_kind = 'feedback' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_feedback_erase_delete` BEFORE DELETE ON `feedback` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'feedback' AND record_id = OLD.id) OR (owner_kind = 'feedback' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_matches_insert` AFTER INSERT ON `matches` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'create') AS action, 'matches' AS record_kind, NEW.id AS record_id, NULL AS owner_kind, NULL AS owner_id,
      NULL AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'referral_id', NEW."referral_id", 'volunteer_id', NEW."volunteer_id", 'proposed_date', NEW."proposed_date", 'start_date', NEW."start_date", 'end_date', NEW."end_date", 'end_reason', NEW."end_reason", 'planned_ending', NEW."planned_ending", 'positive_ending_held', NEW."positive_ending_held", 'rematch_wanted', NEW."rematch_wanted")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_matches_update` AFTER UPDATE ON `matches` WHEN OLD."id" IS NOT NEW."id" OR OLD."external_ref" IS NOT NEW."external_ref" OR OLD."referral_id" IS NOT NEW."referral_id" OR OLD."volunteer_id" IS NOT NEW."volunteer_id" OR OLD."proposed_date" IS NOT NEW."proposed_date" OR OLD."start_date" IS NOT NEW."start_date" OR OLD."end_date" IS NOT NEW."end_date" OR OLD."end_reason" IS NOT NEW."end_reason" OR OLD."planned_ending" IS NOT NEW."planned_ending" OR OLD."positive_ending_held" IS NOT NEW."positive_ending_held" OR OLD."rematch_wanted" IS NOT NEW."rematch_wanted" BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'update') AS action, 'matches' AS record_kind, NEW.id AS record_id, NULL AS owner_kind, NULL AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'referral_id', OLD."referral_id", 'volunteer_id', OLD."volunteer_id", 'proposed_date', OLD."proposed_date", 'start_date', OLD."start_date", 'end_date', OLD."end_date", 'end_reason', OLD."end_reason", 'planned_ending', OLD."planned_ending", 'positive_ending_held', OLD."positive_ending_held", 'rematch_wanted', OLD."rematch_wanted")) END AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'referral_id', NEW."referral_id", 'volunteer_id', NEW."volunteer_id", 'proposed_date', NEW."proposed_date", 'start_date', NEW."start_date", 'end_date', NEW."end_date", 'end_reason', NEW."end_reason", 'planned_ending', NEW."planned_ending", 'positive_ending_held', NEW."positive_ending_held", 'rematch_wanted', NEW."rematch_wanted")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_matches_delete` AFTER DELETE ON `matches` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'delete') AS action, 'matches' AS record_kind, OLD.id AS record_id, NULL AS owner_kind, NULL AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'referral_id', OLD."referral_id", 'volunteer_id', OLD."volunteer_id", 'proposed_date', OLD."proposed_date", 'start_date', OLD."start_date", 'end_date', OLD."end_date", 'end_reason', OLD."end_reason", 'planned_ending', OLD."planned_ending", 'positive_ending_held', OLD."positive_ending_held", 'rematch_wanted', OLD."rematch_wanted")) END AS before, NULL AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_matches_erase_update` BEFORE UPDATE ON `matches` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'matches' AND record_id = OLD.id) OR (owner_kind = 'matches' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_matches_erase_delete` BEFORE DELETE ON `matches` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'matches' AND record_id = OLD.id) OR (owner_kind = 'matches' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_referrals_insert` AFTER INSERT ON `referrals` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'create') AS action, 'referrals' AS record_kind, NEW.id AS record_id, 'young_people' AS owner_kind, NEW."young_person_id" AS owner_id,
      NULL AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'young_person_id', NEW."young_person_id", 'date', NEW."date", 'referrer_name', NEW."referrer_name", 'referrer_role', NEW."referrer_role", 'reason', NEW."reason", 'outcome', NEW."outcome", 'outcome_date', NEW."outcome_date", 'closed_date', NEW."closed_date", 'closed_reason', NEW."closed_reason")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_referrals_update` AFTER UPDATE ON `referrals` WHEN OLD."id" IS NOT NEW."id" OR OLD."external_ref" IS NOT NEW."external_ref" OR OLD."young_person_id" IS NOT NEW."young_person_id" OR OLD."date" IS NOT NEW."date" OR OLD."referrer_name" IS NOT NEW."referrer_name" OR OLD."referrer_role" IS NOT NEW."referrer_role" OR OLD."reason" IS NOT NEW."reason" OR OLD."outcome" IS NOT NEW."outcome" OR OLD."outcome_date" IS NOT NEW."outcome_date" OR OLD."closed_date" IS NOT NEW."closed_date" OR OLD."closed_reason" IS NOT NEW."closed_reason" BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'update') AS action, 'referrals' AS record_kind, NEW.id AS record_id, 'young_people' AS owner_kind, NEW."young_person_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'young_person_id', OLD."young_person_id", 'date', OLD."date", 'referrer_name', OLD."referrer_name", 'referrer_role', OLD."referrer_role", 'reason', OLD."reason", 'outcome', OLD."outcome", 'outcome_date', OLD."outcome_date", 'closed_date', OLD."closed_date", 'closed_reason', OLD."closed_reason")) END AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'young_person_id', NEW."young_person_id", 'date', NEW."date", 'referrer_name', NEW."referrer_name", 'referrer_role', NEW."referrer_role", 'reason', NEW."reason", 'outcome', NEW."outcome", 'outcome_date', NEW."outcome_date", 'closed_date', NEW."closed_date", 'closed_reason', NEW."closed_reason")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_referrals_delete` AFTER DELETE ON `referrals` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'delete') AS action, 'referrals' AS record_kind, OLD.id AS record_id, 'young_people' AS owner_kind, OLD."young_person_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'young_person_id', OLD."young_person_id", 'date', OLD."date", 'referrer_name', OLD."referrer_name", 'referrer_role', OLD."referrer_role", 'reason', OLD."reason", 'outcome', OLD."outcome", 'outcome_date', OLD."outcome_date", 'closed_date', OLD."closed_date", 'closed_reason', OLD."closed_reason")) END AS before, NULL AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_referrals_erase_update` BEFORE UPDATE ON `referrals` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'referrals' AND record_id = OLD.id) OR (owner_kind = 'referrals' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_referrals_erase_delete` BEFORE DELETE ON `referrals` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'referrals' AND record_id = OLD.id) OR (owner_kind = 'referrals' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_safeguarding_concerns_insert` AFTER INSERT ON `safeguarding_concerns` BEGIN
  INSERT INTO safeguarding_history (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM safeguarding_history ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'create') AS action, 'safeguarding_concerns' AS record_kind, NEW.id AS record_id, NULL AS owner_kind, NULL AS owner_id,
      NULL AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'date', NEW."date", 'young_person_id', NEW."young_person_id", 'volunteer_id', NEW."volunteer_id", 'summary', NEW."summary", 'referred_to', NEW."referred_to", 'referred_date', NEW."referred_date", 'outcome', NEW."outcome", 'closed_date', NEW."closed_date")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_safeguarding_concerns_update` AFTER UPDATE ON `safeguarding_concerns` WHEN OLD."id" IS NOT NEW."id" OR OLD."external_ref" IS NOT NEW."external_ref" OR OLD."date" IS NOT NEW."date" OR OLD."young_person_id" IS NOT NEW."young_person_id" OR OLD."volunteer_id" IS NOT NEW."volunteer_id" OR OLD."summary" IS NOT NEW."summary" OR OLD."referred_to" IS NOT NEW."referred_to" OR OLD."referred_date" IS NOT NEW."referred_date" OR OLD."outcome" IS NOT NEW."outcome" OR OLD."closed_date" IS NOT NEW."closed_date" BEGIN
  INSERT INTO safeguarding_history (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM safeguarding_history ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'update') AS action, 'safeguarding_concerns' AS record_kind, NEW.id AS record_id, NULL AS owner_kind, NULL AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'date', OLD."date", 'young_person_id', OLD."young_person_id", 'volunteer_id', OLD."volunteer_id", 'summary', OLD."summary", 'referred_to', OLD."referred_to", 'referred_date', OLD."referred_date", 'outcome', OLD."outcome", 'closed_date', OLD."closed_date")) END AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'date', NEW."date", 'young_person_id', NEW."young_person_id", 'volunteer_id', NEW."volunteer_id", 'summary', NEW."summary", 'referred_to', NEW."referred_to", 'referred_date', NEW."referred_date", 'outcome', NEW."outcome", 'closed_date', NEW."closed_date")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_safeguarding_concerns_delete` AFTER DELETE ON `safeguarding_concerns` BEGIN
  INSERT INTO safeguarding_history (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM safeguarding_history ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'delete') AS action, 'safeguarding_concerns' AS record_kind, OLD.id AS record_id, NULL AS owner_kind, NULL AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'date', OLD."date", 'young_person_id', OLD."young_person_id", 'volunteer_id', OLD."volunteer_id", 'summary', OLD."summary", 'referred_to', OLD."referred_to", 'referred_date', OLD."referred_date", 'outcome', OLD."outcome", 'closed_date', OLD."closed_date")) END AS before, NULL AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_safeguarding_concerns_erase_update` BEFORE UPDATE ON `safeguarding_concerns` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE safeguarding_history SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'safeguarding_concerns' AND record_id = OLD.id) OR (owner_kind = 'safeguarding_concerns' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_safeguarding_concerns_erase_delete` BEFORE DELETE ON `safeguarding_concerns` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE safeguarding_history SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'safeguarding_concerns' AND record_id = OLD.id) OR (owner_kind = 'safeguarding_concerns' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_supervisions_insert` AFTER INSERT ON `supervisions` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'create') AS action, 'supervisions' AS record_kind, NEW.id AS record_id, 'volunteers' AS owner_kind, NEW."volunteer_id" AS owner_id,
      NULL AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'volunteer_id', NEW."volunteer_id", 'date', NEW."date", 'kind', NEW."kind", 'group_ref', NEW."group_ref", 'matches_discussed', NEW."matches_discussed", 'relationships', NEW."relationships", 'feedback_passed_on', NEW."feedback_passed_on", 'boundaries', NEW."boundaries", 'wellbeing', NEW."wellbeing", 'expenses', NEW."expenses", 'training_needs', NEW."training_needs", 'renewals', NEW."renewals", 'topics', NEW."topics", 'concerns', NEW."concerns", 'positive_impact', NEW."positive_impact", 'enjoying', NEW."enjoying", 'actions', NEW."actions", 'action_items', NEW."action_items", 'next_due_date', NEW."next_due_date")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_supervisions_update` AFTER UPDATE ON `supervisions` WHEN OLD."id" IS NOT NEW."id" OR OLD."external_ref" IS NOT NEW."external_ref" OR OLD."volunteer_id" IS NOT NEW."volunteer_id" OR OLD."date" IS NOT NEW."date" OR OLD."kind" IS NOT NEW."kind" OR OLD."group_ref" IS NOT NEW."group_ref" OR OLD."matches_discussed" IS NOT NEW."matches_discussed" OR OLD."relationships" IS NOT NEW."relationships" OR OLD."feedback_passed_on" IS NOT NEW."feedback_passed_on" OR OLD."boundaries" IS NOT NEW."boundaries" OR OLD."wellbeing" IS NOT NEW."wellbeing" OR OLD."expenses" IS NOT NEW."expenses" OR OLD."training_needs" IS NOT NEW."training_needs" OR OLD."renewals" IS NOT NEW."renewals" OR OLD."topics" IS NOT NEW."topics" OR OLD."concerns" IS NOT NEW."concerns" OR OLD."positive_impact" IS NOT NEW."positive_impact" OR OLD."enjoying" IS NOT NEW."enjoying" OR OLD."actions" IS NOT NEW."actions" OR OLD."action_items" IS NOT NEW."action_items" OR OLD."next_due_date" IS NOT NEW."next_due_date" BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'update') AS action, 'supervisions' AS record_kind, NEW.id AS record_id, 'volunteers' AS owner_kind, NEW."volunteer_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'volunteer_id', OLD."volunteer_id", 'date', OLD."date", 'kind', OLD."kind", 'group_ref', OLD."group_ref", 'matches_discussed', OLD."matches_discussed", 'relationships', OLD."relationships", 'feedback_passed_on', OLD."feedback_passed_on", 'boundaries', OLD."boundaries", 'wellbeing', OLD."wellbeing", 'expenses', OLD."expenses", 'training_needs', OLD."training_needs", 'renewals', OLD."renewals", 'topics', OLD."topics", 'concerns', OLD."concerns", 'positive_impact', OLD."positive_impact", 'enjoying', OLD."enjoying", 'actions', OLD."actions", 'action_items', OLD."action_items", 'next_due_date', OLD."next_due_date")) END AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'volunteer_id', NEW."volunteer_id", 'date', NEW."date", 'kind', NEW."kind", 'group_ref', NEW."group_ref", 'matches_discussed', NEW."matches_discussed", 'relationships', NEW."relationships", 'feedback_passed_on', NEW."feedback_passed_on", 'boundaries', NEW."boundaries", 'wellbeing', NEW."wellbeing", 'expenses', NEW."expenses", 'training_needs', NEW."training_needs", 'renewals', NEW."renewals", 'topics', NEW."topics", 'concerns', NEW."concerns", 'positive_impact', NEW."positive_impact", 'enjoying', NEW."enjoying", 'actions', NEW."actions", 'action_items', NEW."action_items", 'next_due_date', NEW."next_due_date")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_supervisions_delete` AFTER DELETE ON `supervisions` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'delete') AS action, 'supervisions' AS record_kind, OLD.id AS record_id, 'volunteers' AS owner_kind, OLD."volunteer_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'volunteer_id', OLD."volunteer_id", 'date', OLD."date", 'kind', OLD."kind", 'group_ref', OLD."group_ref", 'matches_discussed', OLD."matches_discussed", 'relationships', OLD."relationships", 'feedback_passed_on', OLD."feedback_passed_on", 'boundaries', OLD."boundaries", 'wellbeing', OLD."wellbeing", 'expenses', OLD."expenses", 'training_needs', OLD."training_needs", 'renewals', OLD."renewals", 'topics', OLD."topics", 'concerns', OLD."concerns", 'positive_impact', OLD."positive_impact", 'enjoying', OLD."enjoying", 'actions', OLD."actions", 'action_items', OLD."action_items", 'next_due_date', OLD."next_due_date")) END AS before, NULL AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_supervisions_erase_update` BEFORE UPDATE ON `supervisions` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'supervisions' AND record_id = OLD.id) OR (owner_kind = 'supervisions' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_supervisions_erase_delete` BEFORE DELETE ON `supervisions` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'supervisions' AND record_id = OLD.id) OR (owner_kind = 'supervisions' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_visits_insert` AFTER INSERT ON `visits` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'create') AS action, 'visits' AS record_kind, NEW.id AS record_id, 'matches' AS owner_kind, NEW."match_id" AS owner_id,
      NULL AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'match_id', NEW."match_id", 'date', NEW."date", 'activity', NEW."activity", 'duration_minutes', NEW."duration_minutes", 'activity_cost_pence', NEW."activity_cost_pence", 'miles', NEW."miles", 'transport_cost_pence', NEW."transport_cost_pence", 'notes', NEW."notes")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_visits_update` AFTER UPDATE ON `visits` WHEN OLD."id" IS NOT NEW."id" OR OLD."external_ref" IS NOT NEW."external_ref" OR OLD."match_id" IS NOT NEW."match_id" OR OLD."date" IS NOT NEW."date" OR OLD."activity" IS NOT NEW."activity" OR OLD."duration_minutes" IS NOT NEW."duration_minutes" OR OLD."activity_cost_pence" IS NOT NEW."activity_cost_pence" OR OLD."miles" IS NOT NEW."miles" OR OLD."transport_cost_pence" IS NOT NEW."transport_cost_pence" OR OLD."notes" IS NOT NEW."notes" BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'update') AS action, 'visits' AS record_kind, NEW.id AS record_id, 'matches' AS owner_kind, NEW."match_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'match_id', OLD."match_id", 'date', OLD."date", 'activity', OLD."activity", 'duration_minutes', OLD."duration_minutes", 'activity_cost_pence', OLD."activity_cost_pence", 'miles', OLD."miles", 'transport_cost_pence', OLD."transport_cost_pence", 'notes', OLD."notes")) END AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'match_id', NEW."match_id", 'date', NEW."date", 'activity', NEW."activity", 'duration_minutes', NEW."duration_minutes", 'activity_cost_pence', NEW."activity_cost_pence", 'miles', NEW."miles", 'transport_cost_pence', NEW."transport_cost_pence", 'notes', NEW."notes")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_visits_delete` AFTER DELETE ON `visits` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'delete') AS action, 'visits' AS record_kind, OLD.id AS record_id, 'matches' AS owner_kind, OLD."match_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'match_id', OLD."match_id", 'date', OLD."date", 'activity', OLD."activity", 'duration_minutes', OLD."duration_minutes", 'activity_cost_pence', OLD."activity_cost_pence", 'miles', OLD."miles", 'transport_cost_pence', OLD."transport_cost_pence", 'notes', OLD."notes")) END AS before, NULL AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_visits_erase_update` BEFORE UPDATE ON `visits` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'visits' AND record_id = OLD.id) OR (owner_kind = 'visits' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_visits_erase_delete` BEFORE DELETE ON `visits` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'visits' AND record_id = OLD.id) OR (owner_kind = 'visits' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteer_inactive_periods_insert` AFTER INSERT ON `volunteer_inactive_periods` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'create') AS action, 'volunteer_inactive_periods' AS record_kind, NEW.id AS record_id, 'volunteers' AS owner_kind, NEW."volunteer_id" AS owner_id,
      NULL AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'volunteer_id', NEW."volunteer_id", 'from_date', NEW."from_date", 'to_date', NEW."to_date", 'reason', NEW."reason", 'expected_return', NEW."expected_return")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteer_inactive_periods_update` AFTER UPDATE ON `volunteer_inactive_periods` WHEN OLD."id" IS NOT NEW."id" OR OLD."volunteer_id" IS NOT NEW."volunteer_id" OR OLD."from_date" IS NOT NEW."from_date" OR OLD."to_date" IS NOT NEW."to_date" OR OLD."reason" IS NOT NEW."reason" OR OLD."expected_return" IS NOT NEW."expected_return" BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'update') AS action, 'volunteer_inactive_periods' AS record_kind, NEW.id AS record_id, 'volunteers' AS owner_kind, NEW."volunteer_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'volunteer_id', OLD."volunteer_id", 'from_date', OLD."from_date", 'to_date', OLD."to_date", 'reason', OLD."reason", 'expected_return', OLD."expected_return")) END AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'volunteer_id', NEW."volunteer_id", 'from_date', NEW."from_date", 'to_date', NEW."to_date", 'reason', NEW."reason", 'expected_return', NEW."expected_return")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteer_inactive_periods_delete` AFTER DELETE ON `volunteer_inactive_periods` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'delete') AS action, 'volunteer_inactive_periods' AS record_kind, OLD.id AS record_id, 'volunteers' AS owner_kind, OLD."volunteer_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'volunteer_id', OLD."volunteer_id", 'from_date', OLD."from_date", 'to_date', OLD."to_date", 'reason', OLD."reason", 'expected_return', OLD."expected_return")) END AS before, NULL AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteer_inactive_periods_erase_update` BEFORE UPDATE ON `volunteer_inactive_periods` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'volunteer_inactive_periods' AND record_id = OLD.id) OR (owner_kind = 'volunteer_inactive_periods' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteer_inactive_periods_erase_delete` BEFORE DELETE ON `volunteer_inactive_periods` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'volunteer_inactive_periods' AND record_id = OLD.id) OR (owner_kind = 'volunteer_inactive_periods' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteer_references_insert` AFTER INSERT ON `volunteer_references` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'create') AS action, 'volunteer_references' AS record_kind, NEW.id AS record_id, 'volunteers' AS owner_kind, NEW."volunteer_id" AS owner_id,
      NULL AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'volunteer_id', NEW."volunteer_id", 'name', NEW."name", 'relationship', NEW."relationship", 'requested_date', NEW."requested_date", 'received_date', NEW."received_date", 'satisfactory', NEW."satisfactory")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteer_references_update` AFTER UPDATE ON `volunteer_references` WHEN OLD."id" IS NOT NEW."id" OR OLD."volunteer_id" IS NOT NEW."volunteer_id" OR OLD."name" IS NOT NEW."name" OR OLD."relationship" IS NOT NEW."relationship" OR OLD."requested_date" IS NOT NEW."requested_date" OR OLD."received_date" IS NOT NEW."received_date" OR OLD."satisfactory" IS NOT NEW."satisfactory" BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'update') AS action, 'volunteer_references' AS record_kind, NEW.id AS record_id, 'volunteers' AS owner_kind, NEW."volunteer_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'volunteer_id', OLD."volunteer_id", 'name', OLD."name", 'relationship', OLD."relationship", 'requested_date', OLD."requested_date", 'received_date', OLD."received_date", 'satisfactory', OLD."satisfactory")) END AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'volunteer_id', NEW."volunteer_id", 'name', NEW."name", 'relationship', NEW."relationship", 'requested_date', NEW."requested_date", 'received_date', NEW."received_date", 'satisfactory', NEW."satisfactory")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteer_references_delete` AFTER DELETE ON `volunteer_references` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'delete') AS action, 'volunteer_references' AS record_kind, OLD.id AS record_id, 'volunteers' AS owner_kind, OLD."volunteer_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'volunteer_id', OLD."volunteer_id", 'name', OLD."name", 'relationship', OLD."relationship", 'requested_date', OLD."requested_date", 'received_date', OLD."received_date", 'satisfactory', OLD."satisfactory")) END AS before, NULL AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteer_references_erase_update` BEFORE UPDATE ON `volunteer_references` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'volunteer_references' AND record_id = OLD.id) OR (owner_kind = 'volunteer_references' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteer_references_erase_delete` BEFORE DELETE ON `volunteer_references` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'volunteer_references' AND record_id = OLD.id) OR (owner_kind = 'volunteer_references' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteer_training_insert` AFTER INSERT ON `volunteer_training` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'create') AS action, 'volunteer_training' AS record_kind, NEW.id AS record_id, 'volunteers' AS owner_kind, NEW."volunteer_id" AS owner_id,
      NULL AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'volunteer_id', NEW."volunteer_id", 'module', NEW."module", 'completed_date', NEW."completed_date")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteer_training_update` AFTER UPDATE ON `volunteer_training` WHEN OLD."id" IS NOT NEW."id" OR OLD."volunteer_id" IS NOT NEW."volunteer_id" OR OLD."module" IS NOT NEW."module" OR OLD."completed_date" IS NOT NEW."completed_date" BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'update') AS action, 'volunteer_training' AS record_kind, NEW.id AS record_id, 'volunteers' AS owner_kind, NEW."volunteer_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'volunteer_id', OLD."volunteer_id", 'module', OLD."module", 'completed_date', OLD."completed_date")) END AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'volunteer_id', NEW."volunteer_id", 'module', NEW."module", 'completed_date', NEW."completed_date")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteer_training_delete` AFTER DELETE ON `volunteer_training` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'delete') AS action, 'volunteer_training' AS record_kind, OLD.id AS record_id, 'volunteers' AS owner_kind, OLD."volunteer_id" AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'volunteer_id', OLD."volunteer_id", 'module', OLD."module", 'completed_date', OLD."completed_date")) END AS before, NULL AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteer_training_erase_update` BEFORE UPDATE ON `volunteer_training` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'volunteer_training' AND record_id = OLD.id) OR (owner_kind = 'volunteer_training' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteer_training_erase_delete` BEFORE DELETE ON `volunteer_training` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'volunteer_training' AND record_id = OLD.id) OR (owner_kind = 'volunteer_training' AND owner_id = OLD.id));
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteers_insert` AFTER INSERT ON `volunteers` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'create') AS action, 'volunteers' AS record_kind, NEW.id AS record_id, NULL AS owner_kind, NULL AS owner_id,
      NULL AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'first_name', NEW."first_name", 'last_name', NEW."last_name", 'date_of_birth', NEW."date_of_birth", 'gender', NEW."gender", 'email', NEW."email", 'phone', NEW."phone", 'address', NEW."address", 'postcode', NEW."postcode", 'area', NEW."area", 'enquiry_date', NEW."enquiry_date", 'enquiry_source', NEW."enquiry_source", 'enquiry_responded_date', NEW."enquiry_responded_date", 'languages', NEW."languages", 'interests', NEW."interests", 'availability', NEW."availability", 'max_travel_miles', NEW."max_travel_miles", 'preferences', NEW."preferences", 'application_date', NEW."application_date", 'interview_date', NEW."interview_date", 'interview_panel', NEW."interview_panel", 'interview_outcome', NEW."interview_outcome", 'interview_notes', NEW."interview_notes", 'dbs_certificate_number', NEW."dbs_certificate_number", 'dbs_issue_date', NEW."dbs_issue_date", 'dbs_level', NEW."dbs_level", 'dbs_outcome', NEW."dbs_outcome", 'dbs_checked_by', NEW."dbs_checked_by", 'dbs_checked_date', NEW."dbs_checked_date", 'dbs_update_service', NEW."dbs_update_service", 'dbs_update_service_checked_date', NEW."dbs_update_service_checked_date", 'dbs_disclosure_note', NEW."dbs_disclosure_note", 'dbs_disclosure_decision_date', NEW."dbs_disclosure_decision_date", 'dbs_disclosure_note_deleted_date', NEW."dbs_disclosure_note_deleted_date", 'approved_date', NEW."approved_date", 'withdrawn_date', NEW."withdrawn_date", 'withdrawn_reason', NEW."withdrawn_reason", 'rejected_date', NEW."rejected_date", 'rejected_reason', NEW."rejected_reason", 'left_date', NEW."left_date", 'left_reason', NEW."left_reason", 'capacity', NEW."capacity")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteers_update` AFTER UPDATE ON `volunteers` WHEN OLD."id" IS NOT NEW."id" OR OLD."external_ref" IS NOT NEW."external_ref" OR OLD."first_name" IS NOT NEW."first_name" OR OLD."last_name" IS NOT NEW."last_name" OR OLD."date_of_birth" IS NOT NEW."date_of_birth" OR OLD."gender" IS NOT NEW."gender" OR OLD."email" IS NOT NEW."email" OR OLD."phone" IS NOT NEW."phone" OR OLD."address" IS NOT NEW."address" OR OLD."postcode" IS NOT NEW."postcode" OR OLD."area" IS NOT NEW."area" OR OLD."enquiry_date" IS NOT NEW."enquiry_date" OR OLD."enquiry_source" IS NOT NEW."enquiry_source" OR OLD."enquiry_responded_date" IS NOT NEW."enquiry_responded_date" OR OLD."languages" IS NOT NEW."languages" OR OLD."interests" IS NOT NEW."interests" OR OLD."availability" IS NOT NEW."availability" OR OLD."max_travel_miles" IS NOT NEW."max_travel_miles" OR OLD."preferences" IS NOT NEW."preferences" OR OLD."application_date" IS NOT NEW."application_date" OR OLD."interview_date" IS NOT NEW."interview_date" OR OLD."interview_panel" IS NOT NEW."interview_panel" OR OLD."interview_outcome" IS NOT NEW."interview_outcome" OR OLD."interview_notes" IS NOT NEW."interview_notes" OR OLD."dbs_certificate_number" IS NOT NEW."dbs_certificate_number" OR OLD."dbs_issue_date" IS NOT NEW."dbs_issue_date" OR OLD."dbs_level" IS NOT NEW."dbs_level" OR OLD."dbs_outcome" IS NOT NEW."dbs_outcome" OR OLD."dbs_checked_by" IS NOT NEW."dbs_checked_by" OR OLD."dbs_checked_date" IS NOT NEW."dbs_checked_date" OR OLD."dbs_update_service" IS NOT NEW."dbs_update_service" OR OLD."dbs_update_service_checked_date" IS NOT NEW."dbs_update_service_checked_date" OR OLD."dbs_disclosure_note" IS NOT NEW."dbs_disclosure_note" OR OLD."dbs_disclosure_decision_date" IS NOT NEW."dbs_disclosure_decision_date" OR OLD."dbs_disclosure_note_deleted_date" IS NOT NEW."dbs_disclosure_note_deleted_date" OR OLD."approved_date" IS NOT NEW."approved_date" OR OLD."withdrawn_date" IS NOT NEW."withdrawn_date" OR OLD."withdrawn_reason" IS NOT NEW."withdrawn_reason" OR OLD."rejected_date" IS NOT NEW."rejected_date" OR OLD."rejected_reason" IS NOT NEW."rejected_reason" OR OLD."left_date" IS NOT NEW."left_date" OR OLD."left_reason" IS NOT NEW."left_reason" OR OLD."capacity" IS NOT NEW."capacity" BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'update') AS action, 'volunteers' AS record_kind, NEW.id AS record_id, NULL AS owner_kind, NULL AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'first_name', OLD."first_name", 'last_name', OLD."last_name", 'date_of_birth', OLD."date_of_birth", 'gender', OLD."gender", 'email', OLD."email", 'phone', OLD."phone", 'address', OLD."address", 'postcode', OLD."postcode", 'area', OLD."area", 'enquiry_date', OLD."enquiry_date", 'enquiry_source', OLD."enquiry_source", 'enquiry_responded_date', OLD."enquiry_responded_date", 'languages', OLD."languages", 'interests', OLD."interests", 'availability', OLD."availability", 'max_travel_miles', OLD."max_travel_miles", 'preferences', OLD."preferences", 'application_date', OLD."application_date", 'interview_date', OLD."interview_date", 'interview_panel', OLD."interview_panel", 'interview_outcome', OLD."interview_outcome", 'interview_notes', OLD."interview_notes", 'dbs_certificate_number', OLD."dbs_certificate_number", 'dbs_issue_date', OLD."dbs_issue_date", 'dbs_level', OLD."dbs_level", 'dbs_outcome', OLD."dbs_outcome", 'dbs_checked_by', OLD."dbs_checked_by", 'dbs_checked_date', OLD."dbs_checked_date", 'dbs_update_service', OLD."dbs_update_service", 'dbs_update_service_checked_date', OLD."dbs_update_service_checked_date", 'dbs_disclosure_note', OLD."dbs_disclosure_note", 'dbs_disclosure_decision_date', OLD."dbs_disclosure_decision_date", 'dbs_disclosure_note_deleted_date', OLD."dbs_disclosure_note_deleted_date", 'approved_date', OLD."approved_date", 'withdrawn_date', OLD."withdrawn_date", 'withdrawn_reason', OLD."withdrawn_reason", 'rejected_date', OLD."rejected_date", 'rejected_reason', OLD."rejected_reason", 'left_date', OLD."left_date", 'left_reason', OLD."left_reason", 'capacity', OLD."capacity")) END AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'first_name', NEW."first_name", 'last_name', NEW."last_name", 'date_of_birth', NEW."date_of_birth", 'gender', NEW."gender", 'email', NEW."email", 'phone', NEW."phone", 'address', NEW."address", 'postcode', NEW."postcode", 'area', NEW."area", 'enquiry_date', NEW."enquiry_date", 'enquiry_source', NEW."enquiry_source", 'enquiry_responded_date', NEW."enquiry_responded_date", 'languages', NEW."languages", 'interests', NEW."interests", 'availability', NEW."availability", 'max_travel_miles', NEW."max_travel_miles", 'preferences', NEW."preferences", 'application_date', NEW."application_date", 'interview_date', NEW."interview_date", 'interview_panel', NEW."interview_panel", 'interview_outcome', NEW."interview_outcome", 'interview_notes', NEW."interview_notes", 'dbs_certificate_number', NEW."dbs_certificate_number", 'dbs_issue_date', NEW."dbs_issue_date", 'dbs_level', NEW."dbs_level", 'dbs_outcome', NEW."dbs_outcome", 'dbs_checked_by', NEW."dbs_checked_by", 'dbs_checked_date', NEW."dbs_checked_date", 'dbs_update_service', NEW."dbs_update_service", 'dbs_update_service_checked_date', NEW."dbs_update_service_checked_date", 'dbs_disclosure_note', NEW."dbs_disclosure_note", 'dbs_disclosure_decision_date', NEW."dbs_disclosure_decision_date", 'dbs_disclosure_note_deleted_date', NEW."dbs_disclosure_note_deleted_date", 'approved_date', NEW."approved_date", 'withdrawn_date', NEW."withdrawn_date", 'withdrawn_reason', NEW."withdrawn_reason", 'rejected_date', NEW."rejected_date", 'rejected_reason', NEW."rejected_reason", 'left_date', NEW."left_date", 'left_reason', NEW."left_reason", 'capacity', NEW."capacity")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteers_delete` AFTER DELETE ON `volunteers` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'delete') AS action, 'volunteers' AS record_kind, OLD.id AS record_id, NULL AS owner_kind, NULL AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'first_name', OLD."first_name", 'last_name', OLD."last_name", 'date_of_birth', OLD."date_of_birth", 'gender', OLD."gender", 'email', OLD."email", 'phone', OLD."phone", 'address', OLD."address", 'postcode', OLD."postcode", 'area', OLD."area", 'enquiry_date', OLD."enquiry_date", 'enquiry_source', OLD."enquiry_source", 'enquiry_responded_date', OLD."enquiry_responded_date", 'languages', OLD."languages", 'interests', OLD."interests", 'availability', OLD."availability", 'max_travel_miles', OLD."max_travel_miles", 'preferences', OLD."preferences", 'application_date', OLD."application_date", 'interview_date', OLD."interview_date", 'interview_panel', OLD."interview_panel", 'interview_outcome', OLD."interview_outcome", 'interview_notes', OLD."interview_notes", 'dbs_certificate_number', OLD."dbs_certificate_number", 'dbs_issue_date', OLD."dbs_issue_date", 'dbs_level', OLD."dbs_level", 'dbs_outcome', OLD."dbs_outcome", 'dbs_checked_by', OLD."dbs_checked_by", 'dbs_checked_date', OLD."dbs_checked_date", 'dbs_update_service', OLD."dbs_update_service", 'dbs_update_service_checked_date', OLD."dbs_update_service_checked_date", 'dbs_disclosure_note', OLD."dbs_disclosure_note", 'dbs_disclosure_decision_date', OLD."dbs_disclosure_decision_date", 'dbs_disclosure_note_deleted_date', OLD."dbs_disclosure_note_deleted_date", 'approved_date', OLD."approved_date", 'withdrawn_date', OLD."withdrawn_date", 'withdrawn_reason', OLD."withdrawn_reason", 'rejected_date', OLD."rejected_date", 'rejected_reason', OLD."rejected_reason", 'left_date', OLD."left_date", 'left_reason', OLD."left_reason", 'capacity', OLD."capacity")) END AS before, NULL AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteers_erase_update` BEFORE UPDATE ON `volunteers` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'volunteers' AND record_id = OLD.id) OR (owner_kind = 'volunteers' AND owner_id = OLD.id));
  UPDATE safeguarding_history SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND (json_extract(before, '$.volunteer_id') = OLD.id OR json_extract(after, '$.volunteer_id') = OLD.id);
END;--> statement-breakpoint
CREATE TRIGGER `audit_volunteers_erase_delete` BEFORE DELETE ON `volunteers` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'volunteers' AND record_id = OLD.id) OR (owner_kind = 'volunteers' AND owner_id = OLD.id));
  UPDATE safeguarding_history SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND (json_extract(before, '$.volunteer_id') = OLD.id OR json_extract(after, '$.volunteer_id') = OLD.id);
END;--> statement-breakpoint
CREATE TRIGGER `audit_young_people_insert` AFTER INSERT ON `young_people` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'create') AS action, 'young_people' AS record_kind, NEW.id AS record_id, NULL AS owner_kind, NULL AS owner_id,
      NULL AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'first_name', NEW."first_name", 'last_name', NEW."last_name", 'date_of_birth', NEW."date_of_birth", 'gender', NEW."gender", 'placement_type', NEW."placement_type", 'area', NEW."area", 'postcode', NEW."postcode", 'local_authority', NEW."local_authority", 'social_worker', NEW."social_worker", 'iro', NEW."iro", 'interests', NEW."interests", 'languages', NEW."languages", 'family_contact', NEW."family_contact", 'preferences', NEW."preferences", 'notes', NEW."notes", 'next_review_date', NEW."next_review_date", 'looked_after_date', NEW."looked_after_date")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_young_people_update` AFTER UPDATE ON `young_people` WHEN OLD."id" IS NOT NEW."id" OR OLD."external_ref" IS NOT NEW."external_ref" OR OLD."first_name" IS NOT NEW."first_name" OR OLD."last_name" IS NOT NEW."last_name" OR OLD."date_of_birth" IS NOT NEW."date_of_birth" OR OLD."gender" IS NOT NEW."gender" OR OLD."placement_type" IS NOT NEW."placement_type" OR OLD."area" IS NOT NEW."area" OR OLD."postcode" IS NOT NEW."postcode" OR OLD."local_authority" IS NOT NEW."local_authority" OR OLD."social_worker" IS NOT NEW."social_worker" OR OLD."iro" IS NOT NEW."iro" OR OLD."interests" IS NOT NEW."interests" OR OLD."languages" IS NOT NEW."languages" OR OLD."family_contact" IS NOT NEW."family_contact" OR OLD."preferences" IS NOT NEW."preferences" OR OLD."notes" IS NOT NEW."notes" OR OLD."next_review_date" IS NOT NEW."next_review_date" OR OLD."looked_after_date" IS NOT NEW."looked_after_date" BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'update') AS action, 'young_people' AS record_kind, NEW.id AS record_id, NULL AS owner_kind, NULL AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'first_name', OLD."first_name", 'last_name', OLD."last_name", 'date_of_birth', OLD."date_of_birth", 'gender', OLD."gender", 'placement_type', OLD."placement_type", 'area', OLD."area", 'postcode', OLD."postcode", 'local_authority', OLD."local_authority", 'social_worker', OLD."social_worker", 'iro', OLD."iro", 'interests', OLD."interests", 'languages', OLD."languages", 'family_contact', OLD."family_contact", 'preferences', OLD."preferences", 'notes', OLD."notes", 'next_review_date', OLD."next_review_date", 'looked_after_date', OLD."looked_after_date")) END AS before, CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', NEW."id", 'external_ref', NEW."external_ref", 'first_name', NEW."first_name", 'last_name', NEW."last_name", 'date_of_birth', NEW."date_of_birth", 'gender', NEW."gender", 'placement_type', NEW."placement_type", 'area', NEW."area", 'postcode', NEW."postcode", 'local_authority', NEW."local_authority", 'social_worker', NEW."social_worker", 'iro', NEW."iro", 'interests', NEW."interests", 'languages', NEW."languages", 'family_contact', NEW."family_contact", 'preferences', NEW."preferences", 'notes', NEW."notes", 'next_review_date', NEW."next_review_date", 'looked_after_date', NEW."looked_after_date")) END AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_young_people_delete` AFTER DELETE ON `young_people` BEGIN
  INSERT INTO audit_log (at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, hash)
  SELECT at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after, content_hash, prev_hash, iv_sha256(prev_hash || content_hash)
  FROM (SELECT entry.*, iv_audit_content_hash(at, actor, action, record_kind, record_id, owner_kind, owner_id, before, after) AS content_hash,
      coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000') AS prev_hash
    FROM (SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now') AS at, (SELECT coordinator_name FROM scheme WHERE id = 1) AS actor,
      coalesce(iv_audit_action(), 'delete') AS action, 'young_people' AS record_kind, OLD.id AS record_id, NULL AS owner_kind, NULL AS owner_id,
      CASE WHEN iv_audit_action() IS 'erasure' THEN NULL ELSE json_patch('{}', json_object('id', OLD."id", 'external_ref', OLD."external_ref", 'first_name', OLD."first_name", 'last_name', OLD."last_name", 'date_of_birth', OLD."date_of_birth", 'gender', OLD."gender", 'placement_type', OLD."placement_type", 'area', OLD."area", 'postcode', OLD."postcode", 'local_authority', OLD."local_authority", 'social_worker', OLD."social_worker", 'iro', OLD."iro", 'interests', OLD."interests", 'languages', OLD."languages", 'family_contact', OLD."family_contact", 'preferences', OLD."preferences", 'notes', OLD."notes", 'next_review_date', OLD."next_review_date", 'looked_after_date', OLD."looked_after_date")) END AS before, NULL AS after) AS entry);
END;--> statement-breakpoint
CREATE TRIGGER `audit_young_people_erase_update` BEFORE UPDATE ON `young_people` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'young_people' AND record_id = OLD.id) OR (owner_kind = 'young_people' AND owner_id = OLD.id));
  UPDATE safeguarding_history SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND (json_extract(before, '$.young_person_id') = OLD.id OR json_extract(after, '$.young_person_id') = OLD.id);
END;--> statement-breakpoint
CREATE TRIGGER `audit_young_people_erase_delete` BEFORE DELETE ON `young_people` WHEN iv_audit_action() IS 'erasure' BEGIN
  UPDATE audit_log SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND ((record_kind = 'young_people' AND record_id = OLD.id) OR (owner_kind = 'young_people' AND owner_id = OLD.id));
  UPDATE safeguarding_history SET before = NULL, after = NULL, redacted = 1 WHERE redacted = 0 AND (json_extract(before, '$.young_person_id') = OLD.id OR json_extract(after, '$.young_person_id') = OLD.id);
END;
