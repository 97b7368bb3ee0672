import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_DB: D1Database;
      PARITY_DB: D1Database;
      ENGLISH_DB: D1Database;
      CHECK_DB: D1Database;
      TABLE_DB: D1Database;
      PRUNE_DB: D1Database;
      LOOKUP_DB: D1Database;
      SPEAKER_DB: D1Database;
      /** sound-reach.test.ts's own sound words. */
      REACH_DB: D1Database;
      /** earlier.test.ts's archive, written between a request's two needs. */
      EARLIER_DB: D1Database;
      /** compound-names.test.ts's names written as one word and as two. */
      COMPOUND_DB: D1Database;
      /** suffix-names.test.ts's names whose suffix Arabic writes apart (أوغلو، زاده، الله). */
      SUFFIX_DB: D1Database;
      /** Left without migrations by setup.ts: compact.test.ts applies them in steps. */
      MIGRATE_DB: D1Database;
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}
export {};
