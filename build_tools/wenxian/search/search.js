/*
 * wenxian search: the query half of wenxian.search.language (keep the two in step).
 *
 * A query is folded to one script (WENXIAN_FOLD, the table the index was
 * folded with) and cut like the index: a run of Chinese characters of length
 * one looks up that character, a longer run its overlapping pairs; Latin words
 * stay words. A page must hold every term. Page-title hits (every term in the
 * title) and heading hits (the whole phrase in a heading) rank first. The
 * summary shows the passage around the whole phrase with every match of the
 * query highlighted, found in the folded text but shown in the page's script.
 * The summary also checks the phrase: a page holding a run's pairs but not the
 * run itself (wenxianHolds) leaves the list when its passage is read.
 */
const WENXIAN_HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{3134f}";
const WENXIAN_PIECES = new RegExp(`([${WENXIAN_HAN}]+)|([^${WENXIAN_HAN}]+)`, "gu");
const WENXIAN_WORD_BREAK = /[^\p{Letter}\p{Number}_\p{Emoji_Presentation}]+/gu;

const wenxianFold = (text) => {
  let out = "";
  for (const ch of text) out += WENXIAN_FOLD[ch] || ch;
  return out;
};

// Lower-cases ASCII only, so that the folded text keeps the page text's length.
const wenxianLower = (text) => text.replace(/[A-Z]+/g, (s) => s.toLowerCase());

// The query's pieces: [isChinese, folded text] for each run of Chinese or other letters.
const wenxianPieces = (query) => {
  const pieces = [];
  for (const part of query.split(WENXIAN_WORD_BREAK)) {
    if (!part) continue;
    for (const m of wenxianFold(part).matchAll(WENXIAN_PIECES)) {
      if (m[1]) pieces.push([true, m[1]]);
      else pieces.push([false, m[2]]);
    }
  }
  return pieces;
};

var splitQuery = (query) => {
  const terms = [];
  for (const [chinese, text] of wenxianPieces(query)) {
    if (!chinese) {
      terms.push(text);
      continue;
    }
    const chars = [...text];
    if (chars.length === 1) terms.push(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i] + chars[i + 1]);
  }
  return terms;
};

// What the summary highlights: whole Chinese runs and Latin words, folded.
const wenxianNeedles = (query) =>
  [...new Set(wenxianPieces(query).map(([, text]) => wenxianLower(text)))]
    .filter((text) => text.length > 0)
    .sort((a, b) => b.length - a.length);

// The phrase check: a page holding all the pairs of a run of three or more characters, but
// not next to each other, holds no phrase. Whether ``text`` holds every such run of the query.
const wenxianHolds = (text, query) => {
  const folded = wenxianFold(text);
  return wenxianPieces(query).every(([chinese, run]) => !chinese || [...run].length < 3 || folded.includes(run));
};

const wenxianSpans = (haystack, needles) => {
  const spans = [];
  for (const needle of needles) {
    for (let at = haystack.indexOf(needle); at > -1; at = haystack.indexOf(needle, at + 1))
      spans.push([at, at + needle.length]);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
};

// The results page's count, once its list is complete, without the entries the phrase check took out.
const wenxianRecount = () => {
  if (Search._pulse_status !== -1) return void setTimeout(wenxianRecount, 20);
  const count = Search.output.children.length;
  Search.status.innerText = count
    ? Documentation.ngettext(
        "Search finished, found one page matching the search query.",
        "Search finished, found ${resultCount} pages matching the search query.",
        count,
      ).replace("${resultCount}", count)
    : Documentation.gettext(
        "Your search did not match any documents. Please make sure that all words are spelled correctly and that you've selected enough categories.",
      );
};

// What stands in the theme's [role=main] but is no passage of the article: the article header's
// buttons (their labels read 跟随系统 亮色 暗色), the previous/next links, heading anchors.
const WENXIAN_NOT_TEXT = ".bd-header-article, .prev-next-area, button, .headerlink, script, style";

const wenxianHtmlToText = (htmlString, anchor) => {
  const doc = new DOMParser().parseFromString(htmlString, "text/html");
  doc.querySelectorAll(WENXIAN_NOT_TEXT).forEach((el) => el.remove());
  const main = (anchor && doc.querySelector(`[role="main"] ${anchor}`)) || doc.querySelector('[role="main"]');
  return main ? main.textContent : "";
};

const wenxianInstall = () => {
  if (typeof Search === "undefined" || Search.wenxian) return;
  Search.wenxian = true;
  Search.htmlToText = wenxianHtmlToText;
  const parseQuery = Search._parseQuery;
  Search._parseQuery = (query) => {
    const parsed = parseQuery(query);
    Search.wenxianQuery = query;
    Search.wenxianFound = new Set();
    parsed[3] = new Set(); // highlighting: done by makeSearchSummary, in the page's script
    return parsed;
  };

  const termsSearch = Search.performTermsSearch;
  Search.performTermsSearch = (searchTerms, excludedTerms) => {
    const index = Search._index;
    const results = termsSearch(searchTerms, excludedTerms);
    const fileOf = new Map(index.docnames.map((name, file) => [name, file]));
    const inTitle = (term, file) => {
      const files = index.titleterms[term];
      return files !== undefined && (files === file || (files.length !== undefined && files.includes(file)));
    };
    for (const result of results) {
      const file = fileOf.get(result[0]);
      const all = [...searchTerms].every((term) => inTitle(term, file));
      result[4] = all ? Scorer.title : Scorer.term;
    }
    // Headings holding the whole query (any script), linked to the heading.
    const needles = wenxianNeedles(Search.wenxianQuery || "");
    if (needles.length) {
      for (const [title, found] of Object.entries(index.alltitles)) {
        const folded = wenxianLower(wenxianFold(title));
        if (!needles.every((needle) => folded.includes(needle))) continue;
        for (const [file, id] of found) {
          const page = index.titles[file];
          results.push([
            index.docnames[file],
            page !== title ? `${page} > ${title}` : title,
            id !== null ? "#" + id : "",
            null,
            Scorer.title + (page === title ? 2 : 1),
            index.filenames[file],
            SearchResultKind.title,
          ]);
        }
      }
    }
    return results;
  };

  Search.makeSearchSummary = (htmlText, keywords, anchor) => {
    const text = Search.htmlToText(htmlText, anchor);
    if (text === "") return null;
    const folded = wenxianLower(wenxianFold(text));
    let spans = wenxianSpans(folded, wenxianNeedles(Search.wenxianQuery || ""));
    if (!spans.length) spans = wenxianSpans(folded, [...keywords].map(wenxianLower));
    const first = spans.length ? spans[0][0] : 0;
    const start = Math.max(first - 120, 0);
    const end = Math.min(start + 240, text.length);
    const summary = document.createElement("p");
    summary.classList.add("context");
    if (start > 0) summary.append("...");
    let at = start;
    for (const [from, to] of spans) {
      if (to <= start || from >= end) continue;
      const a = Math.max(from, start);
      const b = Math.min(to, end);
      if (a > at) summary.append(text.substring(at, a));
      const mark = document.createElement("span");
      mark.classList.add("highlighted");
      mark.textContent = text.substring(a, b);
      summary.append(mark);
      Search.wenxianFound.add(mark.textContent.toLowerCase());
      at = b;
    }
    if (end > at) summary.append(text.substring(at, end));
    if (end < text.length) summary.append("...");
    // A page holding the query's pairs apart is not a result: its entry leaves the list
    // (Sphinx's results page appends the summary to its entry, already listed, just after).
    if (!wenxianHolds(text, Search.wenxianQuery || "")) {
      summary.classList.add("wenxian-phrase-apart");
      queueMicrotask(() => {
        const entry = summary.closest("ul.search > li");
        if (!entry) return;
        const onResultsPage = Search.output && Search.output.contains(entry);
        entry.remove();
        if (onResultsPage) wenxianRecount();
      });
    }
    // The page opened from a result highlights the words as this page shows them.
    if (typeof SPHINX_HIGHLIGHT_ENABLED !== "undefined" && SPHINX_HIGHLIGHT_ENABLED)
      localStorage.setItem("sphinx_highlight_terms", [...Search.wenxianFound].join(" "));
    return summary;
  };
};

// Sphinx loads searchtools.js (which defines Search) before this file, and
// searchindex.js (which may run the query) after it.
if (typeof Search !== "undefined") wenxianInstall();
else document.addEventListener("DOMContentLoaded", wenxianInstall);
