/** The two HTML shells. No inline script or style: the CSP allows only /page/* files. */

/** Modules the entry script imports, fetched at once instead of after it (one round trip fewer). */
const PRELOAD: Record<string, string[]> = { "chat.js": ["api.js", "render.js"], "article.js": ["api.js"] };

const HEAD = (title: string, script: string) => `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/page/style.css">
<script type="module" src="/page/${script}"></script>
${(PRELOAD[script] ?? []).map((m) => `<link rel="modulepreload" href="/page/${m}">`).join("\n")}
</head>`;

/** GET /: the chat. */
export const CHAT_HTML = `${HEAD("اسأل الأخبار", "chat.js")}
<body>
<header class="top">
<h1>اسأل الأخبار</h1>
<p class="sub">من قال ماذا في المقالات، مع المصدر والفقرة. <span lang="en" dir="ltr">Ask in Arabic or English.</span></p>
</header>
<main id="log" aria-live="polite"></main>
<section id="examples" aria-label="أسئلة للتجربة"></section>
<form id="ask" class="ask">
<textarea id="q" name="q" dir="auto" rows="1" maxlength="1000" required placeholder="اكتب سؤالك… ماذا قال…؟ / What did … say?" aria-label="السؤال"></textarea>
<button type="submit">اسأل</button>
</form>
<noscript><p class="error">هذه الصفحة تحتاج إلى جافاسكربت. الواجهة البرمجية في <a href="/docs">/docs</a>.</p></noscript>
</body>
</html>
`;

/** GET /articles/{id}: one article, its summary, its quotes highlighted. */
export const ARTICLE_HTML = `${HEAD("مقال", "article.js")}
<body>
<header class="top"><a class="back" href="/">→ اسأل الأخبار</a></header>
<main id="article" aria-live="polite"><p class="muted">…</p></main>
</body>
</html>
`;
