// The search page: Pagefind's own UI (written into the site by the build), with
// queries rewritten for substring search. queryWords() is the twin of
// search_grams.query_words in Python: a run of two or more Han characters becomes
// its bigram "gram words" (indexed beside each entry's text), after folding
// traditional characters onto simplified ones with the table the build writes.
(function () {
  "use strict";
  var HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{2ffff}";
  var RUN = new RegExp("[" + HAN + "](?:[^\\sA-Za-z0-9" + HAN + "]*[" + HAN + "])*", "gu");
  var NOT_HAN = new RegExp("[^" + HAN + "]", "gu");
  var GRAM_WORD = /\bqj[a-z]{8}\b/g;
  var LETTERS = "abcdefghijklmnopqrstuvwxyz";
  var fold = {};

  function toSimplified(text) {
    return Array.from(text, function (ch) { return fold[ch] || ch; }).join("");
  }
  function charCode(ch) {
    var n = ch.codePointAt(0), out = "";
    for (var i = 0; i < 4; i++) { out = LETTERS[n % 26] + out; n = Math.floor(n / 26); }
    return out;
  }
  function gramWord(pair) {
    var chars = Array.from(pair);
    return "qj" + charCode(chars[0]) + charCode(chars[1]);
  }
  function hanRuns(text) {
    return (toSimplified(text).match(RUN) || []).map(function (run) { return run.replace(NOT_HAN, ""); });
  }
  function queryWords(query) {
    var out = [], runs = hanRuns(query);
    var rest = toSimplified(query).replace(RUN, " ").split(/\s+/).filter(function (w) { return /[A-Za-z0-9]/.test(w); });
    runs.forEach(function (run) {
      var chars = Array.from(run);
      if (chars.length === 1) { out.push(run); return; }
      for (var i = 0; i + 1 < chars.length; i++) out.push(gramWord(chars[i] + chars[i + 1]));
    });
    // One run alone: a phrase (Pagefind's exact search: consecutive, none missing).
    if (runs.length === 1 && Array.from(runs[0]).length > 1 && rest.length === 0) return '"' + out.join(" ") + '"';
    return out.concat(rest).join(" ");
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  // Pagefind's excerpt centres on the matched words, which are gram words: build one
  // from the entry's text around the first place the query occurs instead.
  function excerptFor(content, query, title) {
    var text = content.replace(/\u200b/g, "").replace(GRAM_WORD, " ").replace(/\s+/g, " ").trim();
    var folded = toSimplified(text);
    var needles = hanRuns(query).filter(function (r) { return r.length > 0; });
    // The text starts with the title, which the result already shows: look past it first.
    var from = title && text.indexOf(title) === 0 ? title.length : 0;
    var at = -1, needle = "";
    function find(start) {
      for (var i = 0; i < needles.length && at < 0; i++) {
        needle = needles[i];
        at = folded.indexOf(needle, start);
        if (at < 0 && Array.from(needle).length > 1) { needle = Array.from(needle).slice(0, 2).join(""); at = folded.indexOf(needle, start); }
      }
    }
    find(from);
    if (at < 0) find(0);
    if (at < 0) return escapeHtml(text.slice(0, 90));
    var start = Math.max(0, at - 30), end = Math.min(text.length, at + needle.length + 60);
    return (start > 0 ? "…" : "") + escapeHtml(text.slice(start, at)) + "<mark>" +
      escapeHtml(text.slice(at, at + needle.length)) + "</mark>" + escapeHtml(text.slice(at + needle.length, end)) +
      (end < text.length ? "…" : "");
  }

  var lastQuery = "";
  window.AwardArchiveSearch = {
    queryWords: queryWords, toSimplified: toSimplified, excerptFor: excerptFor,
    setFold: function (table) { fold = table; },
  };
  if (typeof document === "undefined") return; // loaded by the tests outside a page

  function siteRoot(root) { return new URL(root, window.location.href).pathname; }

  function start(parts) {
    var box = document.getElementById("aa-search");
    if (!box || typeof PagefindUI === "undefined") return;
    var bundle = box.getAttribute("data-bundle"), root = box.getAttribute("data-root");
    var ui = new PagefindUI({
      element: "#aa-search",
      bundlePath: bundle,
      baseUrl: siteRoot(root),
      showSubResults: false,
      showImages: false,
      resetStyles: false,
      pageSize: 10,
      excerptLength: 40,
      mergeIndex: parts.map(function (part) { return { bundlePath: bundle + part, baseUrl: siteRoot(root) }; }),
      processTerm: function (term) { lastQuery = term; return queryWords(term); },
      processResult: function (result) {
        result.excerpt = excerptFor(result.content || "", lastQuery, (result.meta && result.meta.title) || "");
        // Pagefind ignores a query word found nowhere in the archive, so a result may hold
        // only part of the query: say so rather than pass it off as a match.
        var words = (result.content || "").split(/[\s\u200b]+/);
        var missing = queryWords(lastQuery).replace(/"/g, "").split(" ").filter(function (w) {
          return /^qj[a-z]{8}$/.test(w) && words.indexOf(w) < 0;
        });
        if (missing.length) result.excerpt = "<small class=\"aa-partial\">（部分匹配）</small>" + result.excerpt;
        return result;
      },
    });
    // Pagefind names its box by a title only: give it a label (axe: label-title-only).
    var input = box.querySelector("input.pagefind-ui__search-input");
    if (input && !input.hasAttribute("aria-label")) input.setAttribute("aria-label", "搜索作品");
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) ui.triggerSearch(q);
    // Keep the query in the URL so a search can be bookmarked and shared.
    box.addEventListener("input", function (event) {
      if (!event.target.matches("input")) return;
      var url = new URL(window.location.href);
      if (event.target.value) url.searchParams.set("q", event.target.value); else url.searchParams.delete("q");
      window.history.replaceState(null, "", url);
    });
  }

  function load(name, fallback) {
    return fetch(document.getElementById("aa-search").getAttribute("data-bundle") + name)
      .then(function (r) { return r.ok ? r.json() : fallback; })
      .catch(function () { return fallback; });
  }
  // A large archive's index comes in parts (search_index.py): the UI merges them.
  if (document.getElementById("aa-search")) {
    Promise.all([load("award-archive-fold.json", {}), load("award-archive-parts.json", [])])
      .then(function (loaded) { fold = loaded[0]; start(loaded[1]); });
  }
})();
