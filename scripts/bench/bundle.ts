import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { BenchCorpus } from "./corpora";

/**
 * The Worker bundle as `wrangler deploy --dry-run --outdir` writes it for a corpus (its [build] step
 * indexes CORPUS_DIR), raw and gzip. The bundled corpus's index is rebuilt afterwards.
 */
export function bundleSize(key: string, corpus: BenchCorpus): { raw: number; gzip: number } {
  const dir = `/tmp/aqix-bench-${key}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(`${dir}/corpus`, { recursive: true });
  writeFileSync(`${dir}/corpus/articles.jsonl`, corpus.articles.map((a) => JSON.stringify(a)).join("\n"));
  try {
    execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", `${dir}/out`], {
      env: { ...process.env, CORPUS_DIR: `${dir}/corpus`, WRANGLER_SEND_METRICS: "false" },
      stdio: ["ignore", "ignore", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
    let raw = 0;
    const chunks: Buffer[] = [];
    for (const f of readdirSync(`${dir}/out`)) {
      const path = join(`${dir}/out`, f);
      if (!statSync(path).isFile() || f.endsWith(".map")) continue;
      raw += statSync(path).size;
      chunks.push(readFileSync(path));
    }
    return { raw, gzip: gzipSync(Buffer.concat(chunks)).length };
  } finally {
    execFileSync("npm", ["run", "build:index"], { stdio: "ignore" });
    rmSync(dir, { recursive: true, force: true });
  }
}
