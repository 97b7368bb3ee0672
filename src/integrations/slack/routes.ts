import type { Hono } from "hono";
import type { AppEnv } from "../../door/env";
import { ProblemError } from "../../door/problem";
import type { AskResult } from "../../answer";
import { chatQuestion, replyText } from "../reply";
import { ReplayGuard } from "../replay";
import { verifySlack } from "./verify";

/** Signatures this isolate has accepted in the last five minutes: an exact replay is refused. */
const seenSignatures = new ReplayGuard();

/** Slack's Block Kit reply: the answer, then a block per quote with its speaker and source. */
function blocks(result: AskResult) {
  const out: unknown[] = [{ type: "section", text: { type: "mrkdwn", text: result.answer.split("\n")[0]!.slice(0, 2900) } }];
  for (const p of result.passages) {
    const quotes = p.quotes.filter((q) => q.speaker);
    for (const q of quotes.length ? quotes : [{ speaker: null, speaker_title: null, text: p.text }]) {
      out.push({ type: "section", text: { type: "mrkdwn", text: `> ${q.text.slice(0, 2800)}` } });
      out.push({ type: "context", elements: [{ type: "mrkdwn", text: `${q.speaker ? `*${q.speaker}*${q.speaker_title ? `، ${q.speaker_title}` : ""} · ` : ""}${p.article_id} §${p.paragraph}` }] });
    }
  }
  return out.slice(0, 50);
}

export function mountSlack(app: Hono<AppEnv>): void {
  app.post("/integrations/slack", async (c) => {
    const secret = c.env?.SLACK_SIGNING_SECRET;
    if (!secret) throw new ProblemError("integration_disabled", "Slack is not configured (SLACK_SIGNING_SECRET is not set)");
    const body = await c.req.text();
    if (!(await verifySlack(secret, c.req.header("x-slack-request-timestamp"), c.req.header("x-slack-signature"), body))) {
      throw new ProblemError("unauthorized", "X-Slack-Signature does not match, or the timestamp is more than five minutes off");
    }
    if (!seenSignatures.firstSight(c.req.header("x-slack-signature")!)) throw new ProblemError("unauthorized", "this signed request was already received (a replay)");
    const text = chatQuestion(new URLSearchParams(body).get("text") ?? "");
    if (!text) return c.json({ response_type: "ephemeral", text: "اكتب سؤالاً بعد الأمر، مثل: /ask ماذا قال وزير الخارجية؟ — Ask a question after the command." });
    const result = await c.get("engine").ask(text);
    return c.json({ response_type: "in_channel", text: replyText(result), blocks: blocks(result) });
  });
}
