ALTER TABLE `scheme` ADD `coordinator_name` text;--> statement-breakpoint
ALTER TABLE `scheme` ADD `backup_settings` text;