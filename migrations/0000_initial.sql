CREATE TABLE `scheme` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`local_authority` text,
	`children_in_care_count` integer,
	`children_in_care_count_date` text,
	`mileage_rate_pence` integer DEFAULT 45 NOT NULL,
	`financial_year_start_month` integer DEFAULT 4 NOT NULL,
	`idle_lock_minutes` integer DEFAULT 5 NOT NULL,
	CONSTRAINT "scheme_single_row" CHECK("scheme"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `volunteers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_ref` text NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`date_of_birth` text,
	`gender` text,
	`email` text,
	`phone` text,
	`address` text,
	`postcode` text,
	`area` text,
	`enquiry_date` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `volunteers_external_ref_unique` ON `volunteers` (`external_ref`);--> statement-breakpoint
CREATE INDEX `volunteers_name` ON `volunteers` (`last_name`,`first_name`);--> statement-breakpoint
CREATE INDEX `volunteers_enquiry_date` ON `volunteers` (`enquiry_date`);--> statement-breakpoint
CREATE TABLE `young_people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_ref` text NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`date_of_birth` text NOT NULL,
	`gender` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `young_people_external_ref_unique` ON `young_people` (`external_ref`);--> statement-breakpoint
CREATE INDEX `young_people_name` ON `young_people` (`last_name`,`first_name`);