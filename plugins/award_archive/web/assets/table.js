// The faceted table: filters with live counts, a text filter, sorting, paging, the state
// in the URL's hash, and "download this view as CSV". Data: the JSON the build writes
// (table_data.py); every sort key comes precomputed, so no pinyin library is needed here.
// Text reaches the page only through textContent, never as HTML.
(function () {
  "use strict";
  var PAGE_SIZE = 50;  // the page's data-page-size (builder.TABLE_PAGE_SIZE) overrides it
  // Labels come with the data ("labels", keyed by field: the build's one label table).
  var FACETS = [
    { key: "award", field: "award" },
    { key: "ed", field: "edition" },
    { key: "cat", field: "category" },
    { key: "outlet", field: "outlet" },
    { key: "prize", field: "prize" },
    { key: "year", field: "year" },
    { key: "rec", field: "recommender" }
  ];
  // Positions in FACETS (and in each row's `codes`).
  var F_AWARD = 0, F_ED = 1, F_CAT = 2, F_OUTLET = 3, F_PRIZE = 4, F_YEAR = 5, F_REC = 6;
  // "cell": the class of its cells (aa-c-<field>), which archive.css lays out as cards.
  var COLUMNS = [
    { key: "title", field: "title" },
    { key: "ed", field: "award_edition" },
    { key: "cat", field: "category" },
    { key: "authors", field: "authors" },
    { key: "outlet", field: "outlet" },
    { key: "date", field: "published" },
    { key: "length", field: "length" },
    { key: "prize", field: "prize" }
  ];
  var SORT_DIRS = { asc: "升序", desc: "降序" };
  var CSV_FIELDS = ["title", "award", "edition", "year", "category", "authors", "outlet", "published", "length",
    "recommender", "prize", "url"];
  var LABELS = {};

  function useLabels(data) {
    LABELS = data.labels;
    FACETS.concat(COLUMNS).forEach(function (item) { item.label = LABELS[item.field]; });
  }

  function editionName(data, award, number) {
    return award + " " + data.edition_name.replace("{number}", String(number));
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  // -- data: rows as objects with their facet codes, labels and sort keys ----------------
  // A facet's values, by code (its index in the data's dictionary), as the page shows them.
  function facetNames(data) {
    var d = data.dict;
    return FACETS.map(function (f) {
      return d[f.field].map(function (v) {
        return f.field === "edition" ? editionName(data, d.award[v[0]], v[1]) : String(v);
      });
    });
  }

  // The data comes column by column (table_data.py); each row becomes one object. A row's
  // `codes` are its facet values as dictionary indexes (-1: none), in FACETS' order, so
  // filtering and counting compare integers; dictionaries are in display order, so a code
  // is also where the value sorts.
  // Rows from..to-1 into `rows`; `first` is where row `from`'s authors start in the flat
  // column. Returns where row `to`'s start, so the rows decode a slice at a time.
  function decode(data, names, rows, from, to, first) {
    var col = data.col, d = data.dict, slug = data.slug || {};
    var slugOf = function (kind, i) { return slug[kind] && i >= 0 ? slug[kind][i] : null; };
    var nameOf = function (f, code) { return code >= 0 ? names[f][code] : ""; };
    var missing = 1e9;
    for (var i = from; i < to; i++) {
      var codes = [col.award[i], col.edition[i], col.category[i], col.outlet[i], col.prize[i],
        col.year[i], col.recommender[i]];
      var authorCodes = col.authors.slice(first, first + col.author_count[i]);
      first += authorCodes.length;
      var length = col.length[i];
      rows[i] = {
        id: col.id[i], title: col.title[i], codes: codes,
        award: nameOf(F_AWARD, codes[F_AWARD]), edition: d.edition[codes[F_ED]][1],
        edLabel: nameOf(F_ED, codes[F_ED]), cat: nameOf(F_CAT, codes[F_CAT]),
        authors: authorCodes.map(function (a) { return d.author[a]; }),
        authorSlugs: authorCodes.map(function (a) { return slugOf("author", a); }),
        outlet: nameOf(F_OUTLET, codes[F_OUTLET]), outletSlug: slugOf("outlet", codes[F_OUTLET]),
        published: d.published[col.published[i]], dateText: d.date[col.date[i]],
        length: length >= 0 ? d.length[length] : "", rec: nameOf(F_REC, codes[F_REC]),
        prize: nameOf(F_PRIZE, codes[F_PRIZE]), year: nameOf(F_YEAR, codes[F_YEAR]),
        // Every sort key a number, so sorting 10,000 rows compares numbers only.
        sort: {
          title: col.trank[i],
          ed: codes[F_ED],
          cat: codes[F_CAT],
          authors: authorCodes.length ? authorCodes[0] : missing,
          outlet: codes[F_OUTLET],
          date: col.date[i],
          length: col.lsort[i] === null ? missing : col.lsort[i],
          prize: codes[F_PRIZE] >= 0 ? codes[F_PRIZE] : missing
        },
        text: null  // built on the first text query (textOf)
      };
    }
    return first;
  }

  function textOf(row) {
    if (row.text === null) {
      row.text = [row.title, row.edLabel, row.cat, row.authors.join(" "), row.outlet, row.published, row.rec, row.prize]
        .join("\n").toLowerCase();
    }
    return row.text;
  }

  // Each key's distinct values numbered 0, 1, … in ascending order.
  function denseRanks(keys) {
    var sorted = Float64Array.from(keys).sort();
    var rank = new Map();
    for (var j = 0; j < sorted.length; j++) {
      if (j === 0 || sorted[j] !== sorted[j - 1]) { rank.set(sorted[j], rank.size); }
    }
    return { of: keys.map(function (k) { return rank.get(k); }), count: rank.size };
  }

  // The rows ordered by one sort key, ties newest first, then in the data's order. Each
  // row becomes one number (the key's rank, then the date's, then the row's position,
  // below 2^53 up to 100,000 rows) and a typed array sorts them natively: no comparator
  // runs, so 10,000 rows sort in a few milliseconds even on a slow phone.
  function sortBy(rows, key, ascending) {
    var n = rows.length;
    var ranks = denseRanks(rows.map(function (r) { return r.sort[key]; }));
    var dates = 1;
    rows.forEach(function (r) { dates = Math.max(dates, r.sort.date + 1); });
    var order = new Float64Array(n);
    for (var i = 0; i < n; i++) {
      var k = ascending ? ranks.of[i] : ranks.count - 1 - ranks.of[i];
      order[i] = (k * dates + (dates - 1 - rows[i].sort.date)) * n + i;
    }
    order.sort();
    var out = new Array(n);
    for (var j = 0; j < n; j++) { out[j] = rows[order[j] % n]; }
    return out;
  }

  // The text filter's haystacks, built a few hundred rows at a time while the page is idle,
  // so the first text query does not build 10,000 of them at once.
  function prepareTexts(rows) {
    var idle = window.requestIdleCallback || function (fn) { return setTimeout(fn, 50); };
    var next = 0;
    (function chunk() {
      var end = Math.min(rows.length, next + 500);
      for (; next < end; next++) { textOf(rows[next]); }
      if (next < rows.length) { idle(chunk); }
    })();
  }

  // -- state <-> URL hash ------------------------------------------------------------
  function readState() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ""));
    var state = { f: {}, q: p.get("q") || "", sort: p.get("sort") || "date", dir: p.get("dir") === "asc" ? "asc" : "desc",
      page: Math.max(1, parseInt(p.get("p") || "1", 10) || 1) };
    FACETS.forEach(function (f) { if (p.get(f.key)) { state.f[f.key] = p.get(f.key); } });
    if (!COLUMNS.some(function (col) { return col.key === state.sort; })) { state.sort = "date"; }
    return state;
  }

  function writeState(state) {
    var p = new URLSearchParams();
    FACETS.forEach(function (f) { if (state.f[f.key]) { p.set(f.key, state.f[f.key]); } });
    if (state.q) { p.set("q", state.q); }
    if (state.sort !== "date" || state.dir !== "desc") { p.set("sort", state.sort); p.set("dir", state.dir); }
    if (state.page > 1) { p.set("p", String(state.page)); }
    var hash = p.toString();
    history.replaceState(null, "", location.pathname + location.search + (hash ? "#" + hash : ""));
  }

  // -- filtering and counting -----------------------------------------------------------
  function textMatches(row, words) {
    if (!words.length) { return true; }
    var text = textOf(row);
    for (var j = 0; j < words.length; j++) { if (text.indexOf(words[j]) < 0) { return false; } }
    return true;
  }

  function queryWords(state) {
    return state.q ? state.q.toLowerCase().split(/\s+/).filter(Boolean) : [];
  }

  // Which code each active facet asks for: the chosen label's index in its dictionary (-2,
  // which no row has, when a shared link names a value this archive no longer holds).
  function chosenCodes(state, codeOf) {
    var chosen = [];
    FACETS.forEach(function (f, i) {
      var label = state.f[f.key];
      if (label) { chosen.push([i, label in codeOf[i] ? codeOf[i][label] : -2]); }
    });
    return chosen;
  }

  // One pass over the rows: which rows every filter keeps (the view, in the rows' order),
  // and for each facet how many rows each value would leave given every other filter
  // (a row failing exactly one facet counts for that facet only). Counts are by code.
  function filterAndCount(rows, state, chosen, sizes) {
    var words = queryWords(state);
    var counts = sizes.map(function (n) { return new Int32Array(n); });
    var kept = [];
    var nf = sizes.length;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      if (words.length && !textMatches(row, words)) { continue; }
      var codes = row.codes, failed = -1, fails = 0;
      for (var a = 0; a < chosen.length && fails < 2; a++) {
        if (codes[chosen[a][0]] !== chosen[a][1]) { failed = chosen[a][0]; fails += 1; }
      }
      if (fails === 0) {
        kept.push(row);
        for (var f = 0; f < nf; f++) { if (codes[f] >= 0) { counts[f][codes[f]] += 1; } }
      } else if (fails === 1 && codes[failed] >= 0) {
        counts[failed][codes[failed]] += 1;
      }
    }
    return { view: kept, counts: counts };
  }

  // -- CSV ----------------------------------------------------------------------------------
  function csvCell(value) {
    var s = String(value === undefined || value === null ? "" : value);
    if (/^[=+\-@\t\r]/.test(s)) { s = "'" + s; }  // a spreadsheet must not run it as a formula
    return '"' + s.replace(/"/g, '""') + '"';
  }

  function csvOf(rows, entryUrl) {
    var head = CSV_FIELDS.map(function (field) { return LABELS[field]; });
    var lines = [head.map(csvCell).join(",")];
    rows.forEach(function (r) {
      lines.push([r.title, r.award, r.edition, r.year, r.cat, r.authors.join("、"), r.outlet, r.published, r.length,
        r.rec, r.prize, new URL(entryUrl(r.id), location.href).href].map(csvCell).join(","));
    });
    return "\uFEFF" + lines.join("\r\n") + "\r\n";
  }

  // -- the browser ------------------------------------------------------------------------
  function Browser(root, rows, names, sortedCache) {
    // label -> code, per facet (the URL's state names values by label)
    var codeOf = names.map(function (list) {
      var at = {};
      list.forEach(function (name, code) { at[name] = code; });
      return at;
    });
    var sizes = names.map(function (list) { return list.length; });
    var template = root.getAttribute("data-entry-href");
    var entryUrl = function (id) { return template.replace("__ID__", encodeURIComponent(id)); };
    var pageUrl = function (kind, slug) {
      var t = root.getAttribute("data-" + kind + "-href");
      return t && slug ? t.replace("__ID__", encodeURIComponent(slug)) : null;
    };
    // A cell of names, each linked to its page when the data names the page.
    var linkedCell = function (col, names, urls) {
      var td = cell(col);
      names.forEach(function (name, i) {
        if (i) { td.appendChild(document.createTextNode("、")); }
        td.appendChild(urls[i] ? el("a", { href: urls[i] }, name) : document.createTextNode(name));
      });
      return td;
    };
    var cell = function (col, text) {
      return el("td", { "class": "aa-c-" + col.field, "data-label": col.label }, text);
    };
    var byKey = {};
    COLUMNS.forEach(function (col) { byKey[col.key] = col; });
    var state = readState();
    var view = [];

    // On a narrow screen the filters fold behind one button that counts the active ones.
    var toolbar = el("div", { "class": "aa-toolbar" });
    var toggle = toolbar.appendChild(el("button", {
      type: "button", "class": "md-button aa-filter-toggle", "aria-expanded": "false", "aria-controls": "aa-facets"
    }));
    var form = el("form", { id: "aa-facets", "class": "aa-facets", role: "search", "aria-label": "筛选作品" });
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      form.classList.toggle("aa-open", open);
    });
    form.addEventListener("submit", function (ev) { ev.preventDefault(); });
    var search = el("input", { type: "search", name: "q", placeholder: "筛选：标题、作者、单位…", "aria-label": "文字筛选" });
    search.value = state.q;
    form.appendChild(el("label", { "class": "aa-facet aa-facet-q" })).appendChild(search);
    var selects = {};
    FACETS.forEach(function (f) {
      var label = el("label", { "class": "aa-facet" }, f.label + " ");
      var select = el("select", { name: f.key, "data-facet": f.key });
      label.appendChild(select);
      form.appendChild(label);
      selects[f.key] = select;
      select.addEventListener("change", function () { state.f[f.key] = select.value; state.page = 1; update(); });
    });
    var sortLabel = el("label", { "class": "aa-facet aa-facet-sort" }, "排序 ");
    var sortSelect = sortLabel.appendChild(el("select", { name: "sort", "data-sort-select": "" }));
    COLUMNS.forEach(function (col) {
      ["asc", "desc"].forEach(function (dir) {
        sortSelect.appendChild(el("option", { value: col.key + ":" + dir }, col.label + "（" + SORT_DIRS[dir] + "）"));
      });
    });
    sortSelect.addEventListener("change", function () {
      var parts = sortSelect.value.split(":");
      state.sort = parts[0];
      state.dir = parts[1];
      state.page = 1;
      update();
    });
    form.appendChild(sortLabel);
    var reset = el("button", { type: "button", "class": "md-button aa-reset" }, "清除筛选");
    var download = el("button", { type: "button", "class": "md-button aa-download" }, "下载当前结果（CSV）");
    form.appendChild(reset);
    form.appendChild(download);
    var summary = el("p", { "class": "aa-summary", "aria-live": "polite" });
    // No class on the table itself: Material styles class-less tables in page content.
    var table = el("table", { "class": "aa-table aa-cards" });
    var headRow = table.appendChild(el("thead")).appendChild(el("tr"));
    var body = table.appendChild(el("tbody"));
    var heads = COLUMNS.map(function (col) {
      var th = headRow.appendChild(el("th", { scope: "col", "data-col": col.key, "class": "aa-c-" + col.field }));
      var button = th.appendChild(el("button", { type: "button", "class": "aa-sort" }, col.label));
      button.addEventListener("click", function () {
        state.dir = state.sort === col.key && state.dir === "asc" ? "desc" : "asc";
        state.sort = col.key;
        state.page = 1;
        update();
      });
      return th;
    });
    var pager = el("nav", { "class": "aa-pager", "aria-label": "分页" });
    var prev = pager.appendChild(el("button", { type: "button", "class": "md-button aa-prev-page" }, "上一页"));
    var pageInfo = pager.appendChild(el("span", { "class": "aa-page-info" }));
    var next = pager.appendChild(el("button", { type: "button", "class": "md-button aa-next-page" }, "下一页"));

    // All rows in one sort order, computed once per (column, direction); ties newest first.
    function sortedRows(key, dir) {
      var id = key + ":" + dir;
      if (!sortedCache[id]) { sortedCache[id] = sortBy(rows, key, dir === "asc"); }
      return sortedCache[id];
    }

    var timer = null;
    search.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { state.q = search.value.trim(); state.page = 1; update(); }, 120);
    });
    reset.addEventListener("click", function () { state.f = {}; state.q = ""; search.value = ""; state.page = 1; update(); });
    prev.addEventListener("click", function () { state.page -= 1; update(); });
    next.addEventListener("click", function () { state.page += 1; update(); });
    download.addEventListener("click", function () {
      var blob = new Blob([csvOf(view, entryUrl)], { type: "text/csv;charset=utf-8" });
      var a = el("a", { href: URL.createObjectURL(blob), download: "awards-table.csv" });
      document.body.appendChild(a);
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
    });
    window.addEventListener("hashchange", function () {
      state = readState();
      search.value = state.q;
      update();
    });

    // Each select lists the values that would leave rows (and the chosen one), in the order
    // of their codes (the dictionaries' display order). The list is rebuilt only when that
    // set of values changes; otherwise only the counts are updated.
    var shownValues = {};
    function fillFacets(counts) {
      FACETS.forEach(function (f, fi) {
        var select = selects[f.key];
        var chosen = state.f[f.key] || "";
        var values = [];
        for (var code = 0; code < counts[fi].length; code++) {
          if (counts[fi][code] || names[fi][code] === chosen) { values.push(names[fi][code]); }
        }
        if (chosen && !(chosen in codeOf[fi])) { values.push(chosen); }
        var signature = values.join("\u0000");
        if (shownValues[f.key] !== signature) {
          shownValues[f.key] = signature;
          var frag = document.createDocumentFragment();
          frag.appendChild(el("option", { value: "" }, "全部"));
          values.forEach(function (v) { frag.appendChild(el("option", { value: v })); });
          select.textContent = "";
          select.appendChild(frag);
        }
        var options = select.options;
        for (var i = 1; i < options.length; i++) {
          var at = codeOf[fi][options[i].value];
          var n = String(at === undefined ? 0 : counts[fi][at]);
          if (options[i].getAttribute("data-count") !== n) {
            options[i].setAttribute("data-count", n);
            options[i].textContent = options[i].value + "（" + n + "）";
          }
        }
        select.value = chosen;
      });
    }

    function renderRows(pageRows) {
      var frag = document.createDocumentFragment();
      pageRows.forEach(function (r) {
        var tr = el("tr", { "data-id": r.id });
        var title = tr.appendChild(cell(byKey.title));
        title.appendChild(el("a", { href: entryUrl(r.id) }, r.title));
        tr.appendChild(cell(byKey.ed, r.edLabel));
        tr.appendChild(cell(byKey.cat, r.cat));
        tr.appendChild(linkedCell(byKey.authors, r.authors, r.authorSlugs.map(function (s) { return pageUrl("author", s); })));
        tr.appendChild(linkedCell(byKey.outlet, [r.outlet], [pageUrl("outlet", r.outletSlug)]));
        var date = tr.appendChild(cell(byKey.date, r.published));
        date.setAttribute("data-date", r.dateText);
        tr.appendChild(cell(byKey.length, r.length));
        tr.appendChild(cell(byKey.prize, r.prize));
        frag.appendChild(tr);
      });
      body.textContent = "";
      body.appendChild(frag);
    }

    // The last filter's result, reused when only the page changes.
    var lastQuery = null;
    // The rows every filter keeps and each filter's counts, when the query has changed.
    function refilter() {
      var query = JSON.stringify([state.sort, state.dir, state.f, state.q]);
      if (query === lastQuery) { return; }
      var found = filterAndCount(sortedRows(state.sort, state.dir), state, chosenCodes(state, codeOf), sizes);
      view = found.view;
      fillFacets(found.counts);
      lastQuery = query;
    }

    function update() {
      var started = performance.now();
      var key = state.sort;
      refilter();
      var pages = Math.max(1, Math.ceil(view.length / PAGE_SIZE));
      state.page = Math.min(Math.max(1, state.page), pages);
      renderRows(view.slice((state.page - 1) * PAGE_SIZE, state.page * PAGE_SIZE));
      heads.forEach(function (th) {
        if (th.getAttribute("data-col") === key) { th.setAttribute("aria-sort", state.dir === "asc" ? "ascending" : "descending"); }
        else { th.removeAttribute("aria-sort"); }
      });
      var active = FACETS.filter(function (f) { return state.f[f.key]; }).length + (state.q ? 1 : 0);
      toggle.textContent = active ? "筛选（已选 " + active + " 项）" : "筛选";
      toggle.setAttribute("data-active", String(active));
      sortSelect.value = key + ":" + state.dir;
      summary.textContent = "共 " + rows.length + " 件作品，筛选出 " + view.length + " 件。";
      summary.setAttribute("data-count", String(view.length));
      pageInfo.textContent = "第 " + state.page + " / " + pages + " 页";
      prev.disabled = state.page <= 1;
      next.disabled = state.page >= pages;
      writeState(state);
      root.setAttribute("data-render-ms", (performance.now() - started).toFixed(1));
    }

    // The first view in two more tasks: the filters' lists (hundreds of options), then the
    // rows, drawn while the table is off the page, and the swap for the static rows, which
    // stay readable until then. On a slow phone each is short; all in one would not be.
    setTimeout(function () {
      var started = performance.now();
      refilter();
      root.setAttribute("data-facets-ms", (performance.now() - started).toFixed(1));
      setTimeout(function () {
        var shown = performance.now();
        update();
        root.textContent = "";
        root.appendChild(toolbar);
        root.appendChild(form);
        root.appendChild(summary);
        root.appendChild(el("div", { "class": "aa-browser-table" })).appendChild(table);
        root.appendChild(pager);
        root.setAttribute("data-show-ms", (performance.now() - shown).toFixed(1));
        root.setAttribute("data-ready", "true");
        prepareTexts(rows);
      }, 0);
    }, 0);
  }

  // The next step in a task of its own, so parsing, decoding and the first render never
  // add up to one long task that blocks the page (the time each took goes on the root).
  function step(root, name, work) {
    return function (input) {
      return new Promise(function (resolve, reject) {
        setTimeout(function () {
          var started = performance.now();
          try { resolve(work(input)); } catch (error) { reject(error); }
          root.setAttribute("data-" + name + "-ms", (performance.now() - started).toFixed(1));
        }, 0);
      });
    };
  }

  // The rows, DECODE_SLICE at a time, each slice a task of its own (a 4x slowed phone
  // decodes 10,000 rows in ~50 ms: in one task that would block a tap for as long).
  var DECODE_SLICE = 500;
  function decodeRows(root, data, names) {
    var rows = new Array(data.n), from = 0, first = 0, spent = 0, longest = 0;
    return new Promise(function (resolve, reject) {
      (function slice() {
        var started = performance.now();
        try {
          var to = Math.min(data.n, from + DECODE_SLICE);
          first = decode(data, names, rows, from, to, first);
          from = to;
        } catch (error) { reject(error); return; }
        spent += performance.now() - started;
        longest = Math.max(longest, performance.now() - started);
        if (from < data.n) { setTimeout(slice, 0); return; }
        root.setAttribute("data-decode-ms", spent.toFixed(1));
        root.setAttribute("data-decode-slice-ms", longest.toFixed(1));
        resolve(rows);
      })();
    });
  }

  // Once the page has loaded and painted: the data's download then competes with nothing
  // the first paint needs, and the page is readable (its first rows are in the HTML) while
  // it arrives.
  function afterFirstPaint(work) {
    var go = function () { requestAnimationFrame(function () { setTimeout(work, 0); }); };
    if (document.readyState === "complete") { go(); } else { window.addEventListener("load", go, { once: true }); }
  }

  // The data: parsed by table-worker.js beside this script when the browser can, so the
  // page's main thread only receives it, a column at a time; else fetched and parsed here.
  var WORKER = document.currentScript && document.currentScript.src.replace(/table\.js(\?.*)?$/, "table-worker.js");
  function fetched(root) {
    var src = new URL(root.getAttribute("data-src"), location.href).href;
    var here = function () {
      return fetch(src).then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.text();
      }).then(step(root, "parse", function (text) { return JSON.parse(text); }));
    };
    if (!window.Worker || !WORKER) { return here(); }
    return new Promise(function (resolve, reject) {
      var worker, data = null, started = performance.now();
      // A worker that cannot start (a page opened from disk, a strict policy): parse here.
      try { worker = new Worker(WORKER); } catch (error) { resolve(here()); return; }
      worker.onerror = function (event) { event.preventDefault(); worker.terminate(); resolve(here()); };
      worker.onmessage = function (event) {
        var m = event.data;
        if (m.error) { worker.terminate(); reject(new Error(m.error)); }
        else if (m.head) { data = m.head; }
        else if (m.col) { data.col[m.col] = m.values; }
        else if (m.done) {
          worker.terminate();
          // fetch and parse, off this thread: the time until the data was here
          root.setAttribute("data-worker-ms", (performance.now() - started).toFixed(1));
          resolve(data);
        }
      };
      worker.postMessage({ src: src });
    });
  }

  function start(root) {
    var names = null;
    var sortedCache = {};
    fetched(root)
      .then(step(root, "labels", function (data) {
        if (data.v !== 2) { throw new Error("table data format " + data.v); }  // table_data.FORMAT_VERSION
        useLabels(data);
        names = facetNames(data);
        return data;
      }))
      .then(function (data) { return decodeRows(root, data, names); })
      .then(step(root, "sort", function (rows) {
        // The first view's order in a task before the first render's.
        var state = readState();
        sortedCache[state.sort + ":" + state.dir] = sortBy(rows, state.sort, state.dir === "asc");
        return rows;
      }))
      .then(step(root, "start", function (rows) { return new Browser(root, rows, names, sortedCache); }))
      .catch(function () {
        // The static list stays in place; say why the filters did not appear.
        root.insertBefore(el("p", { "class": "aa-error" }, "筛选功能加载失败，以下为静态列表。"), root.firstChild);
      });
  }

  function init() {
    var root = document.querySelector("[data-aa-browser]");
    if (!root || root.getAttribute("data-ready") || root.getAttribute("data-started")) { return; }
    root.setAttribute("data-started", "true");
    PAGE_SIZE = parseInt(root.getAttribute("data-page-size") || "", 10) || PAGE_SIZE;
    afterFirstPaint(function () { start(root); });
  }

  if (typeof document$ !== "undefined") { document$.subscribe(init); } else { document.addEventListener("DOMContentLoaded", init); }
})();
