CREATE TABLE `feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_ref` text NOT NULL,
	`match_id` integer NOT NULL,
	`date` text NOT NULL,
	`source` text,
	`satisfaction` text,
	`benefited` integer,
	`comments` text,
	FOREIGN KEY (`match_id`) REFERENCES `matches`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_external_ref_unique` ON `feedback` (`external_ref`);--> statement-breakpoint
CREATE INDEX `feedback_match` ON `feedback` (`match_id`);--> statement-breakpoint
CREATE INDEX `feedback_date` ON `feedback` (`date`);--> statement-breakpoint
CREATE TABLE `matches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_ref` text NOT NULL,
	`referral_id` integer NOT NULL,
	`volunteer_id` integer NOT NULL,
	`proposed_date` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`end_reason` text,
	`planned_ending` integer,
	`positive_ending_held` integer,
	`rematch_wanted` integer,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`volunteer_id`) REFERENCES `volunteers`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `matches_external_ref_unique` ON `matches` (`external_ref`);--> statement-breakpoint
CREATE INDEX `matches_referral` ON `matches` (`referral_id`);--> statement-breakpoint
CREATE INDEX `matches_volunteer` ON `matches` (`volunteer_id`);--> statement-breakpoint
CREATE INDEX `matches_start` ON `matches` (`start_date`);--> statement-breakpoint
CREATE INDEX `matches_end` ON `matches` (`end_date`);--> statement-breakpoint
CREATE TABLE `visits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_ref` text NOT NULL,
	`match_id` integer NOT NULL,
	`date` text NOT NULL,
	`activity` text,
	`duration_minutes` integer,
	`activity_cost_pence` integer,
	`miles` real,
	`transport_cost_pence` integer,
	`notes` text,
	FOREIGN KEY (`match_id`) REFERENCES `matches`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `visits_external_ref_unique` ON `visits` (`external_ref`);--> statement-breakpoint
CREATE INDEX `visits_match_date` ON `visits` (`match_id`,`date`);--> statement-breakpoint
CREATE INDEX `visits_date` ON `visits` (`date`);--> statement-breakpoint
ALTER TABLE `volunteers` ADD `capacity` integer DEFAULT 1 NOT NULL;