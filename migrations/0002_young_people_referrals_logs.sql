CREATE TABLE `complaints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_ref` text NOT NULL,
	`date` text NOT NULL,
	`complainant` text,
	`summary` text NOT NULL,
	`outcome` text,
	`resolved_date` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `complaints_external_ref_unique` ON `complaints` (`external_ref`);--> statement-breakpoint
CREATE TABLE `consents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_ref` text NOT NULL,
	`young_person_id` integer NOT NULL,
	`signed_date` text NOT NULL,
	`form_version` text NOT NULL,
	`explained_by` text NOT NULL,
	`complaints_procedure_explained` integer,
	`withdrawn_date` text,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `consents_external_ref_unique` ON `consents` (`external_ref`);--> statement-breakpoint
CREATE INDEX `consents_young_person` ON `consents` (`young_person_id`);--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_ref` text NOT NULL,
	`young_person_id` integer NOT NULL,
	`date` text NOT NULL,
	`referrer_name` text,
	`referrer_role` text,
	`reason` text,
	`outcome` text DEFAULT 'pending' NOT NULL,
	`outcome_date` text,
	`closed_date` text,
	`closed_reason` text,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `referrals_external_ref_unique` ON `referrals` (`external_ref`);--> statement-breakpoint
CREATE INDEX `referrals_young_person` ON `referrals` (`young_person_id`);--> statement-breakpoint
CREATE INDEX `referrals_date` ON `referrals` (`date`);--> statement-breakpoint
CREATE TABLE `safeguarding_concerns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_ref` text NOT NULL,
	`date` text NOT NULL,
	`young_person_id` integer,
	`volunteer_id` integer,
	`summary` text NOT NULL,
	`referred_to` text,
	`referred_date` text,
	`outcome` text,
	`closed_date` text,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`volunteer_id`) REFERENCES `volunteers`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `safeguarding_concerns_external_ref_unique` ON `safeguarding_concerns` (`external_ref`);--> statement-breakpoint
ALTER TABLE `scheme` ADD `case_settings` text;--> statement-breakpoint
ALTER TABLE `young_people` ADD `placement_type` text;--> statement-breakpoint
ALTER TABLE `young_people` ADD `area` text;--> statement-breakpoint
ALTER TABLE `young_people` ADD `postcode` text;--> statement-breakpoint
ALTER TABLE `young_people` ADD `local_authority` text;--> statement-breakpoint
ALTER TABLE `young_people` ADD `social_worker` text;--> statement-breakpoint
ALTER TABLE `young_people` ADD `iro` text;--> statement-breakpoint
ALTER TABLE `young_people` ADD `interests` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `young_people` ADD `languages` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `young_people` ADD `family_contact` text;--> statement-breakpoint
ALTER TABLE `young_people` ADD `preferences` text;--> statement-breakpoint
ALTER TABLE `young_people` ADD `notes` text;--> statement-breakpoint
ALTER TABLE `young_people` ADD `next_review_date` text;