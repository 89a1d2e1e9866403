-- The lists (issue 10): a page of volunteers or young people read in name order from an index
-- on iv_sort_key (shared/lists/sortKey: case, accents and punctuation as the en-GB collator
-- orders names), ties by first name then id, so only the page's rows are read; and plain
-- indexes for the other sorts. An index on the expression, not a stored column, so every
-- way a person is written (forms, interchange and spreadsheet import, erasure, restore)
-- keeps it right with nothing to remember, and nothing new reaches the audit trail.
CREATE INDEX `volunteers_sort_name` ON `volunteers` (iv_sort_key("last_name"),iv_sort_key("first_name"),`id`);--> statement-breakpoint
CREATE INDEX `volunteers_approved_date` ON `volunteers` (`approved_date`);--> statement-breakpoint
CREATE INDEX `volunteers_area` ON `volunteers` (`area`);--> statement-breakpoint
CREATE INDEX `young_people_sort_name` ON `young_people` (iv_sort_key("last_name"),iv_sort_key("first_name"),`id`);