/**
 * /page/article.js: GET /articles/{id} shows the article (GET /v1/articles/:id) with each quote
 * highlighted and its speaker on hover, its summary (GET /v1/articles/:id/summary), and the paragraph
 * named in the address (#p-3) marked and scrolled to.
 */
export const ARTICLE_JS = String.raw`
import { articleTitle, get, h, paragraphHref } from "./api.js";

const main = document.getElementById("article");
const id = decodeURIComponent(location.pathname.split("/").pop());
const base = "/v1/articles/" + encodeURIComponent(id);

/** The paragraph's text with each quote it holds wrapped in <mark title="speaker, title">. */
function highlighted(p) {
  const ranges = [];
  for (const q of p.quotes) {
    const at = p.text.indexOf(q.text);
    if (at < 0 || ranges.some(function (r) { return at < r.end && at + q.text.length > r.start; })) continue;
    const who = q.speaker ? q.speaker + (q.speaker_title ? "، " + q.speaker_title : "") : "";
    ranges.push({ start: at, end: at + q.text.length, who: who, kind: q.kind || "direct" });
  }
  ranges.sort(function (a, b) { return a.start - b.start; });
  const el = h("p", { class: "para", id: "p-" + p.paragraph, dir: "auto" }, h("span", { class: "num" }, p.paragraph));
  let pos = 0;
  for (const r of ranges) {
    el.append(p.text.slice(pos, r.start), h("mark", { class: r.kind, title: r.who || null, "data-speaker": r.who || null }, p.text.slice(r.start, r.end)));
    pos = r.end;
  }
  el.append(p.text.slice(pos));
  return el;
}

function summaryBox(s) {
  if (!s || !s.summary.length) return null;
  const list = h("ul", {});
  for (const item of s.summary) list.append(h("li", { dir: "auto" }, item.text, " ", h("a", { href: paragraphHref(id, item.paragraph) }, "¶" + item.paragraph)));
  return h("section", { class: "summary" }, h("p", { class: "label" }, "الملخّص"), list);
}

Promise.all([get(base), get(base + "/summary?sentences=3").catch(function () { return null; })]).then(function (r) {
  const a = r[0];
  const title = articleTitle(a);
  document.title = title;
  const meta = [a.date, a.source].filter(Boolean).join(" · ");
  const url = a.url && /^https?:\/\//.test(a.url) ? a.url : null;
  main.replaceChildren(h("div", {},
    h("h1", { dir: "auto" }, title),
    meta || url ? h("p", { class: "muted" }, meta, url ? " · " : null, url ? h("a", { href: url, rel: "noopener" }, "المصدر") : null) : null,
    summaryBox(r[1]),
    a.paragraphs.map(highlighted)));
  const target = location.hash && document.getElementById(location.hash.slice(1));
  if (target) {
    target.classList.add("target");
    target.scrollIntoView({ block: "center" });
  }
}, function (err) {
  main.replaceChildren(h("p", { class: "error" }, err.message));
});
`;
