/**
 * /page/api.js: the page's calls to the Worker (streamed chat, structured answers, articles, speakers,
 * summaries), a DOM helper, and the labels in Arabic and English. Plain JS served as-is (no template
 * literals inside, so it can live in a String.raw).
 */
export const API_JS = String.raw`
const JSON_HEADERS = { "content-type": "application/json" };

/** Labels, by the answer's language. */
export const T = {
  ar: { lang: "ar", ask: "اسأل", notFound: "ليس في المدونة", holds: "تقتبس المدونة أكثر ما تقتبس:", mentioned: "ورد ذكره في:", didYouMean: "هل تقصد:", said: ["ماذا قال ", "؟"], paragraph: "الفقرة", comma: "، ", reported: "نقلاً",
    summary: "ملخّص قصير", summaryTitle: "الملخّص", text: "النص كما كُتب", error: "تعذّر الجواب: ", examples: "جرّب:" },
  en: { lang: "en", ask: "Ask", notFound: "Not in the corpus", holds: "The corpus quotes most:", mentioned: "Mentioned in:", didYouMean: "Did you mean:", said: ["What did ", " say?"], paragraph: "paragraph", comma: ", ", reported: "reported",
    summary: "Short summary", summaryTitle: "Summary", text: "The text as written", error: "Could not answer: ", examples: "Try:" },
};

/** h("p", {class: "x"}, "text", child, [children]): an element without innerHTML (nothing from the API is parsed as HTML). */
export function h(tag, attrs) {
  const el = document.createElement(tag);
  for (const k in attrs || {}) if (attrs[k] != null && attrs[k] !== false) el.setAttribute(k, attrs[k]);
  for (let i = 2; i < arguments.length; i++) {
    const c = arguments[i];
    for (const x of Array.isArray(c) ? c.flat(Infinity) : [c]) if (x != null && x !== false) el.append(x instanceof Node ? x : String(x));
  }
  return el;
}

async function body(res) {
  const data = await res.json().catch(function () { return null; });
  if (!res.ok) throw new Error((data && (data.detail || (data.error && data.error.message))) || "HTTP " + res.status);
  return data;
}

/** GET a JSON resource. */
export function get(path) {
  return fetch(path).then(body);
}

/** POST JSON, resolve to JSON (problem+json errors become Error(detail)). */
export function post(path, data) {
  return fetch(path, { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(data) }).then(body);
}

const articles = new Map();
/** An article with its paragraphs and quotes, fetched once per page. */
export function article(id) {
  if (!articles.has(id)) {
    const p = get("/v1/articles/" + encodeURIComponent(id));
    p.catch(function () { articles.delete(id); });
    articles.set(id, p);
  }
  return articles.get(id);
}

/** An article's title, or for an untitled one the first words of its lead (news leads make headlines). */
export function articleTitle(a) {
  if (a.title) return a.title;
  const words = ((a.paragraphs[0] && a.paragraphs[0].text) || a.id).split(/\s+/);
  return words.slice(0, 10).join(" ") + (words.length > 10 ? "…" : "");
}

/** The link to a paragraph in its article. */
export function paragraphHref(id, n) {
  return "/articles/" + encodeURIComponent(id) + "#p-" + n;
}

/**
 * Streams /v1/chat/completions (stream: true, server-sent events) and calls onText(piece) for each
 * piece as it arrives. Resolves to the whole text.
 */
export async function streamChat(messages, onText) {
  const res = await fetch("/v1/chat/completions", { method: "POST", headers: JSON_HEADERS, body: JSON.stringify({ model: "arabic-news-qa", messages: messages, stream: true }) });
  if (!res.ok || !res.body) await body(res);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let text = "";
  for (;;) {
    const next = await reader.read();
    if (next.done) return text;
    buffer += next.value;
    let cut;
    while ((cut = buffer.indexOf("\n\n")) >= 0) {
      const event = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      for (const line of event.split("\n")) {
        if (!line.startsWith("data: ")) continue;
        if (line === "data: [DONE]") return text;
        const piece = JSON.parse(line.slice(6)).choices[0].delta.content || "";
        if (piece) {
          text += piece;
          onText(piece);
        }
      }
    }
  }
}
`;
