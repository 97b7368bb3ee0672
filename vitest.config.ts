import { generateKeyPairSync } from "node:crypto";
import { resolve } from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

// A Discord-style Ed25519 key pair made for this test run: the Worker gets the public key as its
// secret, the tests get the private key to sign interactions with.
const { publicKey, privateKey } = generateKeyPairSync("ed25519");
const rawPublic = publicKey.export({ format: "der", type: "spki" }).subarray(-32).toString("hex");
const privateJwk = JSON.stringify(privateKey.export({ format: "jwk" }));

// The archive's schema (migrations/), applied to the TEST_DB D1 database by tests/worker/d1/setup.ts.
const migrations = await readD1Migrations(resolve("migrations"));

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        // a D1 database for the archive tests only: the Worker itself (SELF) keeps answering from the bundle
        d1Databases: ["TEST_DB", "PARITY_DB", "ENGLISH_DB", "CHECK_DB", "TABLE_DB", "PRUNE_DB", "MIGRATE_DB", "LOOKUP_DB", "SPEAKER_DB", "REACH_DB", "EARLIER_DB", "COMPOUND_DB", "SUFFIX_DB"],
        bindings: {
          TEST_MIGRATIONS: migrations,
          SLACK_SIGNING_SECRET: "test-slack-signing-secret",
          TELEGRAM_SECRET_TOKEN: "test-telegram-secret",
          DISCORD_PUBLIC_KEY: rawPublic,
          TEST_DISCORD_PRIVATE_JWK: privateJwk,
        },
      },
    }),
  ],
  // The Worker suite runs on an index built from tests/fixtures/articles (tests/worker/fixture-index.ts),
  // not on whatever corpus generated/index.bin was last built from.
  resolve: {
    alias: [{ find: /^.*\/generated\/index\.bin$/, replacement: resolve("generated/fixture-index.bin") }],
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/worker/**/*.test.ts"],
    globalSetup: ["tests/worker/fixture-index.ts"],
    setupFiles: ["tests/worker/d1/setup.ts"],
  },
});
