/**
 * /page/chat.js: the conversation. Each question streams its text from /v1/chat/completions while
 * POST /v1/ask (same question, earlier questions as context) brings the structured quotes; when both
 * are in, the streamed text folds away under the quotations.
 */
export const CHAT_JS = String.raw`
import { article, get, h, post, streamChat, T } from "./api.js";
import { renderAnswer, renderHoldings, renderSummary } from "./render.js";

const log = document.getElementById("log");
const form = document.getElementById("ask");
const box = document.getElementById("q");
const examples = document.getElementById("examples");
const history = [];

/** The corpus's five most quoted speakers (GET /v1/speakers?limit=5, most statements first): not the whole list. */
const topSpeakers = get("/v1/speakers?limit=5")
  .then(function (r) { return r.speakers.filter(function (s) { return s.statements > 0; }); })
  .catch(function () { return []; });

topSpeakers.then(function (list) {
  if (!list.length) return;
  examples.append(h("span", { class: "muted" }, T.ar.examples));
  for (const s of list.slice(0, 3)) {
    const q = "ماذا قال " + s.name + "؟";
    const b = h("button", { type: "button", class: "chip example", dir: "auto" }, q);
    b.addEventListener("click", function () { ask(q); });
    examples.append(b);
  }
});

function busy(on) {
  form.querySelector("button").disabled = on;
  form.setAttribute("aria-busy", on ? "true" : "false");
}

function summaryButton(result, articles, t, bubble) {
  const b = h("button", { type: "button", class: "summarize" }, t.summary);
  b.addEventListener("click", async function () {
    b.disabled = true;
    try {
      const text = result.passages.map(function (p) { return p.text; }).join("\n");
      const r = await post("/v1/summarize", { text: text, sentences: 2 });
      bubble.append(renderSummary(r.summary, result.passages, articles, t));
    } catch (err) {
      bubble.append(h("p", { class: "error" }, t.error + err.message));
    }
  });
  return h("div", { class: "tools" }, b);
}

/** After a found:false answer: its closest speakers (did you mean), else the corpus's most quoted ones. */
async function holdings(result, t) {
  const closest = result.closest_speakers || [];
  if (closest.length) return renderHoldings(closest.slice(0, 5), t.didYouMean, ask, "closest", t);
  return renderHoldings((await topSpeakers).slice(0, 5), t.holds, ask, "top") || "";
}

/** Asks one question, as a follow-up of the ones before. */
async function ask(question) {
  const context = history.filter(function (m) { return m.role === "user"; }).map(function (m) { return m.content; });
  history.push({ role: "user", content: question });
  log.append(h("div", { class: "msg user", dir: "auto" }, question));
  const streamed = h("p", { class: "stream", dir: "auto" });
  const bubble = h("div", { class: "msg bot pending", dir: "auto" }, streamed);
  log.append(bubble);
  bubble.scrollIntoView({ block: "end" });
  busy(true);
  const structured = post("/v1/ask", context.length ? { question: question, context: context } : { question: question });
  let t = T.ar;
  try {
    const text = await streamChat(history, function (piece) { streamed.append(piece); });
    history.push({ role: "assistant", content: text });
    const result = await structured;
    t = T[result.language] || T.ar;
    const ids = Array.from(new Set(result.passages.map(function (p) { return p.article_id; })));
    const articles = new Map(await Promise.all(ids.map(function (id) {
      return article(id).then(function (a) { return [id, a]; }, function () { return [id, null]; });
    })));
    bubble.lang = result.language;
    bubble.dataset.found = String(result.found);
    if (!result.found) bubble.classList.add("notfound");
    bubble.replaceChildren(renderAnswer(result, articles, t), result.found ? h("details", {}, h("summary", {}, t.text), streamed) : "");
    if (result.found) bubble.append(summaryButton(result, articles, t, bubble));
    else bubble.append(await holdings(result, t));
  } catch (err) {
    bubble.dataset.found = "error";
    bubble.append(h("p", { class: "error" }, t.error + err.message));
  } finally {
    bubble.classList.remove("pending");
    busy(false);
    bubble.scrollIntoView({ block: "nearest" });
  }
}

form.addEventListener("submit", function (e) {
  e.preventDefault();
  const q = box.value.trim();
  if (!q) return;
  box.value = "";
  ask(q);
});
box.addEventListener("keydown", function (e) {
  if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    form.requestSubmit();
  }
});
`;
