/*
 * wenxian in-place search: results under the search box (Ctrl+K) as the reader types,
 * on every page, without loading the search page (wenxian.search.shards).
 *
 * Nothing of the search is loaded with the page. When the reader shows an
 * intent to search (a search box gets the focus, the pointer reaches a search
 * button), Sphinx's search code (searchtools.js, language_data.js: the query's
 * folding and cutting, search.js) and the index's base (searchindex/base.js)
 * are fetched; each query then fetches only the shards of its own terms, once.
 * The query runs through Sphinx's own Search._performSearch, so the ranking,
 * the headings and the highlighted passage are those of the search page
 * (search.js). Enter still opens the search page with every result.
 */
"use strict";

const wenxianSearch = (() => {
  const HAN_START = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;
  const LIMIT = 10; // results listed in place; the search page lists them all
  const root = document.documentElement.dataset.content_root ?? "";
  const scripts = new Map(); // src → Promise (each script fetched once)
  const terms = {};
  const titleterms = {};
  const typed = new Map(); // input → what the reader typed (searchtools.js empties the boxes)
  const pages = new Map(); // page URL → Promise of its HTML (the passages)
  let base = null;
  let tools = null;
  let generation = 0;

  const script = (src) => {
    if (!scripts.has(src))
      scripts.set(src, new Promise((resolve, reject) => {
        const el = document.createElement("script");
        el.src = src;
        el.onload = resolve;
        el.onerror = () => {
          scripts.delete(src); // fetched again next time
          el.remove();
          reject(new Error(src));
        };
        document.head.appendChild(el);
      }));
    return scripts.get(src);
  };

  // Each file of searchindex/ calls this.
  const load = (name, data) => {
    if (name === "base") base = data;
    else {
      Object.assign(terms, data.terms);
      Object.assign(titleterms, data.titleterms);
    }
  };
  const shard = (name) => script(`${root}searchindex/${name}.js`);
  const shardOf = (term) =>
    HAN_START.test(term) ? String(term.codePointAt(0) % base.shards).padStart(2, "0") : "latin";

  const prepare = () => {
    if (!tools) {
      const code = script(`${root}_static/searchtools.js`).then(() => {
        // Search.init (searchtools.js) sets every box to the page's ?q=: give back what was typed.
        for (const [input, value] of typed) if (!input.value) input.value = value;
        return script(`${root}_static/language_data.js`);
      });
      tools = Promise.all([code, shard("base")]);
      tools.catch(() => (tools = null)); // try again at the next query
    }
    return tools;
  };

  const link = (docName, anchor) => {
    const options = DOCUMENTATION_OPTIONS;
    return [root + docName + options.FILE_SUFFIX, root + docName + options.LINK_SUFFIX + anchor];
  };

  const page = (request) => {
    if (!pages.has(request)) {
      pages.set(request, fetch(request).then((response) => response.text()));
      pages.get(request).catch(() => pages.delete(request));
    }
    return pages.get(request);
  };

  // The results of ``query``, best first: pages holding all its terms; ``checked``: only those
  // whose text holds each phrase whole (search.js: wenxianHolds), every page read to know.
  const find = async (query, checked = false) => {
    await prepare();
    const parsed = Search._parseQuery(query);
    const needed = new Set([...parsed[1], ...parsed[2]].map(shardOf));
    await Promise.all([...needed].map(shard));
    Search._index = { ...base, terms, titleterms, objects: {}, objnames: {}, objtypes: {}, indexentries: {} };
    const results = Search._performSearch(...parsed).reverse();
    if (!checked) return results;
    const texts = await Promise.all(results.map(([docName, , anchor]) =>
      page(link(docName, anchor)[0]).then((html) => Search.htmlToText(html, anchor))));
    return results.filter((result, i) => wenxianHolds(texts[i], query));
  };

  // The passage under a result, once its page is read; a page holding the phrase's pairs
  // apart leaves the list (search.js) and the next result takes its place.
  const passage = (item, request, query, next) => {
    page(request).then((html) => {
      if (Search.wenxianQuery !== query || !item.isConnected) return;
      const summary = Search.makeSearchSummary(html, new Set(), item.dataset.anchor);
      if (!summary) return;
      item.appendChild(summary);
      if (summary.classList.contains("wenxian-phrase-apart")) {
        item.remove();
        next();
      }
    }, () => {});
  };

  const boxFor = (input) => {
    const dialog = input.closest("dialog");
    const holder = dialog || input.closest("form") || input;
    let box = (dialog || document).querySelector(dialog ? "#search-results" : ".wenxian-inplace");
    if (!box) {
      box = document.createElement("section");
      if (dialog) box.id = "search-results"; // the theme styles it in its dialog
      box.classList.add("wenxian-inplace", "empty");
      box.setAttribute("aria-live", "polite");
      if (dialog) dialog.appendChild(box);
      else holder.after(box);
    }
    return box;
  };

  const render = (box, query, results) => {
    box.replaceChildren();
    box.classList.remove("empty");
    const status = document.createElement("p");
    status.classList.add("search-summary");
    const none = () =>
      (status.textContent = Documentation.gettext(
        "Your search did not match any documents. Please make sure that all words are spelled correctly and that you've selected enough categories.",
      ));
    const list = document.createElement("ul");
    list.classList.add("search");
    list.setAttribute("role", "list");
    let shown = 0;
    const next = () => {
      if (shown >= results.length) {
        if (!list.children.length) none();
        return;
      }
      const [docName, title, anchor] = results[shown++];
      const [request, href] = link(docName, anchor);
      const item = list.appendChild(document.createElement("li"));
      item.dataset.anchor = anchor;
      const a = item.appendChild(document.createElement("a"));
      a.href = href;
      a.textContent = title;
      passage(item, request, query, next);
    };
    if (!results.length) none();
    while (shown < Math.min(LIMIT, results.length)) next();
    if (results.length > LIMIT) { // every result, on the search page
      const more = status.appendChild(document.createElement("a"));
      more.href = `${root}search${DOCUMENTATION_OPTIONS.FILE_SUFFIX}?q=${encodeURIComponent(query)}`;
      more.textContent = Documentation.gettext("Search Results");
    }
    box.append(list, status);
    performance.mark("wenxian-search-results", { detail: query });
  };

  const search = async (input) => {
    const query = input.value;
    typed.set(input, query);
    const token = ++generation;
    const box = boxFor(input);
    if (!query.trim()) {
      box.replaceChildren();
      box.classList.add("empty");
      return;
    }
    let results;
    try {
      results = await find(query);
    } catch (error) {
      console.warn("wenxian search: the index could not be loaded", error);
      return; // Enter still opens the search page
    }
    if (token === generation) render(box, query, results);
  };

  const install = () => {
    if (DOCUMENTATION_OPTIONS.pagename === "search") return; // the search page has its own
    for (const input of document.querySelectorAll('form.bd-search input[name="q"]')) {
      input.addEventListener("focus", prepare);
      input.addEventListener("input", () => search(input));
    }
    for (const button of document.querySelectorAll(".search-button__button"))
      button.addEventListener("pointerenter", prepare);
  };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", install);
  else install();
  return { load, prepare, find };
})();
