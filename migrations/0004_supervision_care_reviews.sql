CREATE TABLE `care_review_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_ref` text NOT NULL,
	`young_person_id` integer NOT NULL,
	`review_date` text NOT NULL,
	`young_person_views` text,
	`views_agreed` integer DEFAULT false NOT NULL,
	`objectives` text,
	`progress` text,
	`iv_will_attend` integer,
	`coordinator_comments` text,
	`prepared_date` text NOT NULL,
	`sent_date` text,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `care_review_updates_external_ref_unique` ON `care_review_updates` (`external_ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `care_review_updates_person_review` ON `care_review_updates` (`young_person_id`,`review_date`);--> statement-breakpoint
CREATE TABLE `care_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_ref` text NOT NULL,
	`young_person_id` integer NOT NULL,
	`date` text NOT NULL,
	`iv_attended` integer,
	`coordinator_attended` integer,
	`professional_feedback` text,
	`feedback_from` text,
	`objectives` text,
	`progress` text,
	`notes` text,
	`next_review_date` text,
	FOREIGN KEY (`young_person_id`) REFERENCES `young_people`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `care_reviews_external_ref_unique` ON `care_reviews` (`external_ref`);--> statement-breakpoint
CREATE INDEX `care_reviews_person_date` ON `care_reviews` (`young_person_id`,`date`);--> statement-breakpoint
CREATE INDEX `care_reviews_date` ON `care_reviews` (`date`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_ref` text NOT NULL,
	`match_id` integer NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`with_whom` text,
	`note` text,
	FOREIGN KEY (`match_id`) REFERENCES `matches`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contacts_external_ref_unique` ON `contacts` (`external_ref`);--> statement-breakpoint
CREATE INDEX `contacts_match_date` ON `contacts` (`match_id`,`date`);--> statement-breakpoint
CREATE TABLE `supervisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_ref` text NOT NULL,
	`volunteer_id` integer NOT NULL,
	`date` text NOT NULL,
	`kind` text,
	`group_ref` text,
	`matches_discussed` text DEFAULT '[]' NOT NULL,
	`relationships` text,
	`feedback_passed_on` text,
	`boundaries` text,
	`wellbeing` text,
	`expenses` text,
	`training_needs` text,
	`renewals` text,
	`topics` text,
	`concerns` text,
	`positive_impact` text,
	`enjoying` text,
	`actions` text,
	`action_items` text DEFAULT '[]' NOT NULL,
	`next_due_date` text,
	FOREIGN KEY (`volunteer_id`) REFERENCES `volunteers`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `supervisions_external_ref_unique` ON `supervisions` (`external_ref`);--> statement-breakpoint
CREATE INDEX `supervisions_volunteer_date` ON `supervisions` (`volunteer_id`,`date`);--> statement-breakpoint
CREATE INDEX `supervisions_date` ON `supervisions` (`date`);--> statement-breakpoint
ALTER TABLE `young_people` ADD `looked_after_date` text;