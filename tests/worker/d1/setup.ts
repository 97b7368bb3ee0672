import { applyD1Migrations, env } from "cloudflare:test";

// the archive's schema on the test D1 databases (vitest.config.ts reads migrations/); applying is idempotent
await applyD1Migrations(env.TEST_DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.PARITY_DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.ENGLISH_DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.CHECK_DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.TABLE_DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.PRUNE_DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.LOOKUP_DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.SPEAKER_DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.REACH_DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.EARLIER_DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.COMPOUND_DB, env.TEST_MIGRATIONS);
await applyD1Migrations(env.SUFFIX_DB, env.TEST_MIGRATIONS);
