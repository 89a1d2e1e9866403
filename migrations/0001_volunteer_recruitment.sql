CREATE TABLE `volunteer_inactive_periods` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`volunteer_id` integer NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text,
	`reason` text,
	`expected_return` text,
	FOREIGN KEY (`volunteer_id`) REFERENCES `volunteers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `volunteer_inactive_periods_volunteer` ON `volunteer_inactive_periods` (`volunteer_id`);--> statement-breakpoint
CREATE TABLE `volunteer_references` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`volunteer_id` integer NOT NULL,
	`name` text,
	`relationship` text,
	`requested_date` text,
	`received_date` text,
	`satisfactory` integer,
	FOREIGN KEY (`volunteer_id`) REFERENCES `volunteers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `volunteer_references_volunteer` ON `volunteer_references` (`volunteer_id`);--> statement-breakpoint
CREATE TABLE `volunteer_training` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`volunteer_id` integer NOT NULL,
	`module` text NOT NULL,
	`completed_date` text,
	FOREIGN KEY (`volunteer_id`) REFERENCES `volunteers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `volunteer_training_volunteer` ON `volunteer_training` (`volunteer_id`);--> statement-breakpoint
ALTER TABLE `scheme` ADD `recruitment_settings` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `enquiry_source` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `enquiry_responded_date` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `languages` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `interests` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `availability` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `max_travel_miles` real;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `preferences` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `application_date` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `interview_date` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `interview_panel` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `interview_outcome` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `interview_notes` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `dbs_certificate_number` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `dbs_issue_date` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `dbs_level` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `dbs_outcome` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `dbs_checked_by` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `dbs_checked_date` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `dbs_update_service` integer;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `dbs_update_service_checked_date` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `dbs_disclosure_note` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `dbs_disclosure_decision_date` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `dbs_disclosure_note_deleted_date` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `approved_date` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `withdrawn_date` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `withdrawn_reason` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `rejected_date` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `rejected_reason` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `left_date` text;--> statement-breakpoint
ALTER TABLE `volunteers` ADD `left_reason` text;--> statement-breakpoint
CREATE INDEX `volunteers_email` ON `volunteers` (`email`);