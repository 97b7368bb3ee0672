/**
 * /page/render.js: an answer from POST /v1/ask as quotations (speaker, title, «», source linking to
 * the paragraph), a found:false answer as a notice, and a summary as a list.
 */
export const RENDER_JS = String.raw`
import { articleTitle, h, paragraphHref } from "./api.js";

/** The speaker's name, its Latin spelling first for English answers; each script in its own <bdi>. */
function speakerName(q) {
  const name = h("bdi", {}, q.speaker);
  return h("b", { class: "speaker" }, q.speaker_latin ? [q.speaker_latin, " (", name, ")"] : name);
}

function quoteFigure(q, t) {
  const said = q.kind === "reported" ? q.text : "«" + q.text + "»";
  return h("figure", { class: "quote " + (q.kind || "direct") },
    h("blockquote", { dir: "auto" }, said),
    h("figcaption", { dir: q.speaker_latin ? "ltr" : "rtl" }, "— ", speakerName(q),
      q.speaker_title ? [t.comma, h("bdi", { class: "title" }, q.speaker_title)] : null,
      q.kind === "reported" ? h("span", { class: "kind" }, t.reported) : null));
}

/** "title · date (or source) · paragraph n", linking to the paragraph in its article. */
export function sourceLink(p, art, t) {
  const parts = [art && articleTitle(art), art && (art.date || art.source), t.paragraph + " " + p.paragraph].filter(Boolean);
  const spans = parts.map(function (part, i) { return [i ? " · " : null, h("bdi", {}, part)]; });
  return h("a", { class: "source", href: paragraphHref(p.article_id, p.paragraph) }, spans);
}

function passageCard(p, art, t) {
  const quotes = p.quotes.filter(function (q) { return q.speaker; });
  const quoted = quotes.reduce(function (n, q) { return n + q.text.length; }, 0);
  // the paragraph itself when its quotes do not say most of it (a retrieval answer is the paragraph)
  const excerpt = quoted < 0.6 * p.text.length ? h("p", { class: "excerpt", dir: "auto" }, p.text) : null;
  return h("article", { class: "passage" }, quotes.map(function (q) { return quoteFigure(q, t); }), excerpt, sourceLink(p, art, t));
}

/** The answer's body: its passages as quotations, or a found:false notice with the paragraphs that mention the name. */
export function renderAnswer(result, articles, t) {
  if (!result.found) {
    // the engine adds its "did you mean" as the answer's last line; the page shows closest_speakers as buttons instead
    const text = result.closest_speakers && result.closest_speakers.length ? result.answer.split("\n").slice(0, -1).join("\n") : result.answer;
    return h("div", { class: "notice" }, h("p", { class: "label" }, t.notFound), h("p", { class: "answer", dir: "auto" }, text),
      renderMentions(result.passages, articles, t));
  }
  const box = h("div", { class: "passages" });
  for (const p of result.passages) box.append(passageCard(p, articles.get(p.article_id), t));
  return box;
}

/** found:false with passages: the paragraphs that name the person (never quote them), each a link to it in its article. */
function renderMentions(passages, articles, t) {
  if (!passages.length) return null;
  const list = h("ul", { class: "mentions" });
  for (const p of passages) list.append(h("li", {}, sourceLink(p, articles.get(p.article_id), t), h("p", { class: "excerpt clamp", dir: "auto" }, p.text)));
  return h("div", { class: "mentioned" }, h("p", { class: "label" }, t.mentioned), list);
}

/**
 * Speakers offered after a found:false answer, each a button that asks what they said: the answer's
 * closest_speakers ("did you mean") when the API gives them, else the corpus's most quoted speakers.
 * t: the answer's labels (default Arabic); in an English conversation a speaker with a Latin name
 * (closest_speakers' latin) shows it first and is asked about in English (What did <latin> say?).
 */
export function renderHoldings(speakers, label, onAsk, className, t) {
  if (!speakers.length) return null;
  const english = !!t && t.lang === "en";
  const box = h("div", { class: "holdings " + (className || "") }, h("p", { class: "label" }, label));
  const row = h("div", { class: "tools" });
  for (const s of speakers) {
    const latin = english && s.latin ? s.latin : null;
    const text = latin ? latin + " (" + s.name + ")" : s.name + (s.title ? "، " + s.title : "");
    const b = h("button", { type: "button", class: "chip", dir: "auto", "data-speaker": s.id || null, "data-ask": latin ? "en" : "ar" }, text);
    b.addEventListener("click", function () { onAsk(latin ? t.said[0] + latin + t.said[1] : "ماذا قال " + s.name + "؟"); });
    row.append(b);
  }
  box.append(row);
  return box;
}

/** A summary from POST /v1/summarize, each sentence linked to the passage that holds it. */
export function renderSummary(items, passages, articles, t) {
  const list = h("ul", {});
  for (const s of items) {
    const from = passages.find(function (p) { return p.text.indexOf(s.text.trim()) >= 0; });
    list.append(h("li", { dir: "auto" }, s.text, from ? " " : null, from ? sourceLink(from, articles.get(from.article_id), t) : null));
  }
  return h("div", { class: "summary" }, h("p", { class: "label" }, t.summaryTitle), list);
}
`;
