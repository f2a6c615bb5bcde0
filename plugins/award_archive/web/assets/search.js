// The search page: Pagefind's own UI (written into the site by the build), with
// queries rewritten for substring search. queryWords() is the twin of
// search_grams.query_words in Python: a run of two or more Han characters becomes
// its bigram "gram words" (indexed beside each entry's text), after folding
// traditional characters onto simplified ones with the table the build writes.
(function () {
  "use strict";
  var WORD_CHAR = /[\p{L}\p{N}]/u;
  var GRAM_WORD = /\bqj[a-z]{8}\b/g;
  var LETTERS = "abcdefghijklmnopqrstuvwxyz";
  var BASE = 26 * 26 * 26 * 26;
  var END_CODE = "zzzz";
  var fold = {};

  function toSimplified(text) {
    return Array.from(text.normalize("NFKC").toLowerCase(), function (ch) { return fold[ch] || ch; }).join("");
  }
  function isWordChar(ch) { return WORD_CHAR.test(ch) && ch.codePointAt(0) < BASE - 1; }
  function charCode(ch) {
    var n = ch.codePointAt(0), out = "";
    for (var i = 0; i < 4; i++) { out = LETTERS[n % 26] + out; n = Math.floor(n / 26); }
    return out;
  }
  function gramWord(pair) {
    var chars = Array.from(pair);
    return "qj" + charCode(chars[0]) + (chars.length > 1 ? charCode(chars[1]) : END_CODE);
  }
  // Twin of grams.runs: whitespace-separated, folded, letters and digits only.
  function hanRuns(text) {
    return toSimplified(text).split(/\s+/).map(function (token) {
      return Array.from(token).filter(isWordChar).join("");
    }).filter(function (run) { return run.length > 0; });
  }
  function queryRuns(query) {
    var seen = [];
    hanRuns(query).forEach(function (run) { if (seen.indexOf(run) < 0) seen.push(run); });
    return seen.sort(function (a, b) {
      var la = Array.from(a).length, lb = Array.from(b).length;
      return la !== lb ? lb - la : (a < b ? -1 : a > b ? 1 : 0);
    });
  }
  function runTerms(run) {
    var chars = Array.from(run);
    if (chars.length === 1) return "qj" + charCode(run);
    var out = [];
    for (var i = 0; i + 1 < chars.length; i++) out.push(gramWord(chars[i] + chars[i + 1]));
    return '"' + out.join(" ") + '"';
  }
  function queryWords(query) {
    var found = queryRuns(query);
    if (found.length === 1) return runTerms(found[0]);
    return found.map(function (r) { return runTerms(r).replace(/"/g, ""); }).join(" ");
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

  // An exact search with Pagefind's API: each run of the query searched on its own (a
  // phrase, or a one-character prefix), results kept only when every run found them.
  // Pagefind drops a word that occurs nowhere in an index (part), so one search of all
  // the words would ignore a run an index part lacks.
  function searchExact(pagefind, query, options) {
    var found = queryRuns(query);
    if (!found.length) return Promise.resolve([]);
    return Promise.all(found.map(function (run) { return pagefind.search(runTerms(run), options || {}); }))
      .then(function (all) {
        var keep = null;
        all.forEach(function (res) {
          var ids = {};
          res.results.forEach(function (r) { ids[r.id] = true; });
          keep = keep === null ? ids : Object.keys(keep).reduce(function (acc, id) {
            if (ids[id]) acc[id] = true;
            return acc;
          }, {});
        });
        return all[0].results.filter(function (r) { return keep[r.id]; });
      });
  }

  var lastQuery = "";
  window.AwardArchiveSearch = {
    queryWords: queryWords, queryRuns: queryRuns, runTerms: runTerms, searchExact: searchExact, toSimplified: toSimplified, excerptFor: excerptFor,
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
