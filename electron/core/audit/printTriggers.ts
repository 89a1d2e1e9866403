/** `npm run audit:triggers`: prints the audit triggers' SQL for a migration that changes columns. */
import { migrationTriggerSql } from './triggerSql';

process.stdout.write(`${migrationTriggerSql()}\n`);
