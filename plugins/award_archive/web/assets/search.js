// The search page: exact substring search, ranked, with its own small UI. The functions
// up to searchExact are twins of search/grams.py and search/substring.py: a query is cut
// into runs (letters and digits of any script, folded: NFKC, lower case, traditional →
// simplified with the table the build writes); each run is looked up in the archive's
// substring index by its pairs of characters (found where they sit at consecutive
// positions) or, for one character, by that character. The filters' values are in the
// index's table; each result's text is a small file of its own (search/index.py).
(function () {
  "use strict";
  var WORD_CHAR = /[\p{L}\p{N}]/u;
  // Zones (grams.ZONES): a position's zone is its number >> ZONE_SHIFT.
  var ZONES = ["w", "t", "a", "o", "e", "f"], ZONE_SHIFT = 22, ZONE_SIZE = Math.pow(2, ZONE_SHIFT);
  // How a zone ranks: the title, then any form field, then the work's text.
  var ZONE_RANK = { t: 0, a: 1, o: 1, e: 1, f: 1, w: 2 };
  // Field search: 作者:张伟 searches the authors only (zones: search/grams.py FIELD_ZONES).
  var FIELD_OF = { "作者": "a", "单位": "o", "刊播单位": "o", "标题": "t", "届次": "e" };
  var FIELD_LABEL = { a: "作者", o: "单位", t: "标题", e: "届次" };
  var FIELD_TOKEN = /^(作者|刊播单位|单位|标题|届次)[:：](.+)$/;
  var LETTERS = "abcdefghijklmnopqrstuvwxyz";
  var BASE = 26 * 26 * 26 * 26;
  var fold = {}, bundleBase = null, rootBase = "/";
  var editionName = "{number}";

  function toSimplified(text) {
    return Array.from(text.normalize("NFKC").toLowerCase(), function (ch) { return fold[ch] || ch; }).join("");
  }
  function isWordChar(ch) { return WORD_CHAR.test(ch) && ch.codePointAt(0) < BASE - 1; }
  function charCode(ch) {
    var n = ch.codePointAt(0), out = "";
    for (var i = 0; i < 4; i++) { out = LETTERS[n % 26] + out; n = Math.floor(n / 26); }
    return out;
  }
  function titleKey(text) {
    var h = 0x811c9dc5, out = "";
    Array.from(hanRuns(text).join(" ")).forEach(function (ch) {
      h = Math.imul(h ^ ch.codePointAt(0), 0x01000193) >>> 0;
    });
    for (var i = 0; i < 7; i++) { out = LETTERS[h % 26] + out; h = Math.floor(h / 26); }
    return "~" + out;
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
  // The keys a run is looked up by (twin of grams.run_keys): its pairs, or its character.
  function runKeys(run) {
    var chars = Array.from(run).map(charCode);
    if (chars.length === 1) return chars;
    var out = [];
    for (var i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    return out;
  }
  function queryKeys(query) { return queryRuns(query).map(runKeys); }

  // ---- The substring index (search/substring.py): a table, then shards by key.
  var tableLoad = null, shardLoads = {};
  function gunzip(buffer) {
    var stream = new Blob([buffer]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).arrayBuffer();
  }
  function loadTable() {
    if (!tableLoad) {
      tableLoad = fetch(bundleBase + "award-archive-search.json").then(function (r) {
        if (!r.ok) throw new Error("search index: " + r.status);
        return r.json();
      });
    }
    return tableLoad;
  }
  // One shard's keys → their posting lists (Uint8Array views).
  function loadShard(name) {
    if (!shardLoads[name]) {
      shardLoads[name] = fetch(bundleBase + "substring/" + name)
        .then(function (r) { return r.arrayBuffer(); }).then(gunzip).then(function (buffer) {
          var bytes = new Uint8Array(buffer), at = 0, out = {};
          while (at < bytes.length) {
            var n = bytes[at++], key = String.fromCharCode.apply(null, bytes.subarray(at, at + n));
            at += n;
            var len = 0, shift = 0, b;
            do { b = bytes[at++]; len += (b & 127) * Math.pow(2, shift); shift += 7; } while (b & 128);
            out[key] = bytes.subarray(at, at + len);
            at += len;
          }
          return out;
        });
    }
    return shardLoads[name];
  }
  // The posting list of a key, or an empty one.
  function lookup(key) {
    return loadTable().then(function (table) {
      var shards = table.shards, lo = 0, hi = shards.length - 1;
      if (!shards.length || key < shards[0]) return new Uint8Array(0);
      while (lo < hi) {
        var mid = (lo + hi + 1) >> 1;
        if (shards[mid] <= key) lo = mid; else hi = mid - 1;
      }
      return loadShard(table.tag + "-" + lo + ".bin").then(function (keys) { return keys[key] || new Uint8Array(0); });
    });
  }
  function reader(bytes) {
    var at = 0;
    return {
      more: function () { return at < bytes.length; },
      next: function () {
        var n = 0, scale = 1, b;
        do { b = bytes[at++]; n += (b & 127) * scale; scale *= 128; } while (b & 128);
        return n;
      },
    };
  }
  // A pair key's posting: {document: [positions]}; a character's or title's: {document: bits}.
  // The varints are read inline: a common pair's posting is most documents' (100 KB).
  function pairPosting(bytes) {
    var at = 0, end = bytes.length, doc = 0, out = {}, x, scale, b;
    while (at < end) {
      x = 0; scale = 1;
      do { b = bytes[at++]; x += (b & 127) * scale; scale *= 128; } while (b & 128);
      doc += x;
      x = 0; scale = 1;
      do { b = bytes[at++]; x += (b & 127) * scale; scale *= 128; } while (b & 128);
      var list = new Array(x), pos = 0;
      for (var i = 0; i < list.length; i++) {
        x = 0; scale = 1;
        do { b = bytes[at++]; x += (b & 127) * scale; scale *= 128; } while (b & 128);
        pos += x;
        list[i] = pos;
      }
      out[doc] = list;
    }
    return out;
  }
  function docPosting(bytes, withBits) {
    var r = reader(bytes), doc = 0, out = {};
    while (r.more()) { doc += r.next(); out[doc] = withBits ? r.next() : 1; }
    return out;
  }
  function bestZone(zones, want) {
    var best = null;
    zones.forEach(function (z) {
      if (want && z !== want) return;
      if (best === null || ZONE_RANK[z] < ZONE_RANK[best]) best = z;
    });
    return best;
  }
  // Where a run occurs: {document: the best ranked zone} (a field term: its zone only).
  function findRun(run, want) {
    var keys = runKeys(run);
    return Promise.all(keys.map(lookup)).then(function (lists) {
      var out = {};
      if (keys.length === 1 && Array.from(run).length === 1) {
        var bits = docPosting(lists[0], true);
        Object.keys(bits).forEach(function (doc) {
          var z = bestZone(ZONES.filter(function (_, i) { return bits[doc] & (1 << i); }), want);
          if (z) out[doc] = ZONE_RANK[z];
        });
        return out;
      }
      var posts = lists.map(pairPosting), first = posts[0];
      Object.keys(first).forEach(function (doc) {
        var sets = [];
        for (var k = 1; k < posts.length; k++) {
          if (!posts[k][doc]) return;
          sets.push(new Set(posts[k][doc]));
        }
        var zones = [];
        first[doc].forEach(function (p) {
          for (var k = 0; k < sets.length; k++) if (!sets[k].has(p + k + 1)) return;
          zones.push(ZONES[Math.floor(p / ZONE_SIZE)]);
        });
        var z = bestZone(zones, want);
        if (z) out[doc] = ZONE_RANK[z];
      });
      return out;
    });
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  // Every place a run of the query occurs in a text, as [start, end) of the text's
  // characters: the text is folded character by character, punctuation skipped, so
  // 5g+vr in 用5G+VR is found as the run 5gvr.
  // One character as the index sees it: folded, letters and digits only ("" for
  // punctuation), " " for whitespace. Cached: a result's text is thousands of
  // characters, of a few hundred kinds, and NFKC per character is slow on a phone.
  var foldCache = {};
  function foldChar(ch) {
    var f = foldCache[ch];
    if (f === undefined) {
      f = /\s/.test(ch) ? " " : Array.from(toSimplified(ch)).filter(isWordChar).join("");
      foldCache[ch] = f;
    }
    return f;
  }
  function matchRanges(text, runs) {
    // folded: the text as the index sees it; at: each of its code units' character.
    var chars = Array.from(text), folded = "", at = [], ranges = [];
    chars.forEach(function (ch, i) {
      var f = foldChar(ch);
      folded += f;
      for (var k = 0; k < f.length; k++) at.push(i);
    });
    runs.forEach(function (run) {
      for (var i = folded.indexOf(run); i >= 0; i = folded.indexOf(run, i + 1)) {
        ranges.push([at[i], at[i + run.length - 1] + 1]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push(r.slice());
    });
    return { chars: chars, ranges: merged };
  }
  // The text with every run of the query marked, from character `from` to `to`.
  function highlight(text, runs, from, to, known) {
    var m = known || matchRanges(text, runs), chars = m.chars, out = "", pos = from || 0;
    var end = to === undefined ? chars.length : to;
    m.ranges.forEach(function (r) {
      if (r[1] <= pos || r[0] >= end) return;
      var s = Math.max(r[0], pos), e = Math.min(r[1], end);
      out += escapeHtml(chars.slice(pos, s).join("")) + "<mark>" + escapeHtml(chars.slice(s, e).join("")) + "</mark>";
      pos = e;
    });
    return out + escapeHtml(chars.slice(pos, end).join(""));
  }
  // A snippet of the work's text around the first place a run occurs, every run marked.
  function excerptFor(content, query) {
    var text = content.replace(/\s+/g, " ").trim();
    var runs = queryTerms(query).map(function (t) { return t.run; }), m = matchRanges(text, runs), n = m.chars.length;
    var first = m.ranges.length ? m.ranges[0][0] : 0;
    var start = Math.max(0, first - 30), end = Math.min(n, start + 110);
    return (start > 0 ? "…" : "") + highlight(text, runs, start, end, m) + (end < n ? "…" : "");
  }

  // A query's terms: {run, zone (a field's, or "" for any), token (as typed)}.
  function queryTerms(query) {
    var terms = [], seen = {};
    query.split(/\s+/).forEach(function (token) {
      if (!token) return;
      var m = FIELD_TOKEN.exec(token), zone = "", text = token;
      if (m) {
        zone = FIELD_OF[m[1]]; text = m[2];
        if (zone === "e" && /^\d+$/.test(toSimplified(text))) text = editionName.replace("{number}", toSimplified(text));
      }
      hanRuns(text).forEach(function (run) {
        if (seen[zone + " " + run]) return;
        seen[zone + " " + run] = true;
        terms.push({ run: run, zone: zone, token: token });
      });
    });
    return terms.sort(function (a, b) { return Array.from(b.run).length - Array.from(a.run).length; });
  }

  // A document's result text (search/index.py: url, title, fields, text), found through
  // the index's block keys (search/substring.py add_locations).
  var fragmentLoads = {};
  function fragmentOf(doc) {
    if (!fragmentLoads[doc]) {
      fragmentLoads[doc] = loadTable().then(function (table) {
        var block = Math.floor(doc / table.block);
        return lookup("#" + ("00000" + block).slice(-6)).then(function (bytes) {
          return new TextDecoder().decode(bytes).split("\n")[doc % table.block];
        });
      }).then(function (name) {
        return fetch(bundleBase + "fragment/" + name + ".bin").then(function (r) { return r.arrayBuffer(); });
      }).then(gunzip).then(function (buffer) {
        var data = JSON.parse(new TextDecoder().decode(buffer));
        data.url = rootBase + data.url.replace(/^\//, "");
        return data;
      });
    }
    return fragmentLoads[doc];
  }
  // The documents a set of ticked filters allows: any ticked value of a filter, every filter.
  function allowedBy(filters) {
    var names = Object.keys(filters || {}).filter(function (n) { return filters[n].any.length; });
    if (!names.length) return Promise.resolve(null);
    return loadTable().then(function (table) {
      return Promise.all(names.map(function (name) {
        var keys = (table.filters[name] || []).filter(function (v) {
          return filters[name].any.indexOf(v[0]) >= 0;
        }).map(function (v) { return v[2]; });
        return Promise.all(keys.map(lookup)).then(function (lists) {
          var any = {};
          lists.forEach(function (b) { Object.assign(any, docPosting(b, false)); });
          return any;
        });
      }));
    }).then(function (sets) {
      var out = {};
      Object.keys(sets[0]).forEach(function (doc) {
        if (sets.every(function (set) { return doc in set; })) out[doc] = true;
      });
      return out;
    });
  }

  // Exact, ranked search. Each run is looked up on its own (in its field's zone for a
  // field term such as 作者:张伟); an entry is found when every run is. Rank: an exact
  // title match, then by the zones the terms were found in (title, fields, text), then
  // newest first (the documents' order).
  // Returns {results: [{id, result, exact, zone, missing, date}], partial: bool}.
  function searchExact(query, options) {
    var terms = queryTerms(query), opts = options || {};
    if (!terms.length) return Promise.resolve({ results: [], partial: false });
    var plain = query.split(/\s+/).filter(function (t) { return t && !FIELD_TOKEN.test(t); }).join(" ");
    var titled = terms.filter(function (t) { return t.zone === "t"; });
    var whole = plain || (titled.length === 1 ? titled[0].token.replace(FIELD_TOKEN, "$2") : "");
    var jobs = [
      loadTable(),
      allowedBy(opts.filters),
      whole ? lookup(titleKey(whole)).then(function (b) { return docPosting(b, false); }) : null,
    ];
    terms.forEach(function (term) { jobs.push(findRun(term.run, term.zone)); });
    return Promise.all(jobs).then(function (all) {
      var allowed = all[1], exact = all[2] || {}, zoneOf = all.slice(3);
      var found = {};
      zoneOf.forEach(function (zones) { Object.keys(zones).forEach(function (d) { found[d] = true; }); });
      function collect(minTerms) {
        var out = [];
        Object.keys(found).forEach(function (doc) {
          var hits = 0, zone = 0, number = Number(doc);
          zoneOf.forEach(function (zones) { if (doc in zones) { hits++; zone += zones[doc]; } });
          if (hits < minTerms || (allowed && !allowed[doc])) return;
          var result = { id: number, data: function () { return fragmentOf(number); } };
          out.push({ id: number, result: result, exact: !!exact[doc] && hits === terms.length,
                     zone: zone, missing: terms.length - hits, date: Number(doc) });
        });
        return out;
      }
      var results = collect(terms.length), partial = false;
      // Nothing holds every term: show what holds some, labelled as partial.
      if (!results.length && terms.length > 1) { results = collect(1); partial = results.length > 0; }
      return { results: results, partial: partial };
    });
  }
  function rank(results, sort) {
    return results.slice().sort(function (a, b) {
      if (sort === "date") return a.date - b.date;
      return a.missing - b.missing || (b.exact - a.exact) || a.zone - b.zone || a.date - b.date;
    });
  }

  window.AwardArchiveSearch = {
    queryKeys: queryKeys, queryRuns: queryRuns, queryTerms: queryTerms, runKeys: runKeys, titleKey: titleKey,
    searchExact: searchExact, rank: rank, excerptFor: excerptFor, highlight: highlight,
    toSimplified: toSimplified, setFold: function (table) { fold = table; foldCache = {}; },
  };
  if (typeof document === "undefined") return; // loaded by the tests outside a page

  // ---- The page: state in the URL's query string (q, filters by name, sort, page).
  var PAGE_SIZE = 10, RESERVED = ["q", "sort", "page"];
  var box = document.getElementById("aa-search");
  if (!box) return;
  var bundle = box.getAttribute("data-bundle");
  var filterNames = JSON.parse(box.getAttribute("data-filters") || "[]");
  // How the site names an edition (model.EDITION_PATTERN): `届次:10` looks for "第10届".
  editionName = box.getAttribute("data-edition-name") || "{number}";
  var state = readState(), seq = 0;

  function readState() {
    var params = new URLSearchParams(window.location.search), filters = {};
    params.forEach(function (value, key) {
      if (RESERVED.indexOf(key) < 0 && value) (filters[key] = filters[key] || []).push(value);
    });
    return { q: params.get("q") || "", sort: params.get("sort") === "date" ? "date" : "",
             page: Math.max(1, parseInt(params.get("page") || "1", 10) || 1), filters: filters };
  }
  function writeState() {
    var params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    Object.keys(state.filters).sort().forEach(function (name) {
      state.filters[name].forEach(function (v) { params.append(name, v); });
    });
    if (state.sort) params.set("sort", state.sort);
    if (state.page > 1) params.set("page", String(state.page));
    var qs = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (qs ? "?" + qs : "") + window.location.hash);
  }
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // The frame is the page's own HTML (templates/pages/search.html): found, not drawn.
  function part(cls) { return box.querySelector("." + cls); }
  var form = part("aa-search-form"), input = part("aa-search-input"), sort = part("aa-search-sort");
  var chips = part("aa-search-chips"), panel = part("aa-search-filters");
  var message = part("aa-search-message"), list = part("aa-search-results"), pager = part("aa-search-pager");
  input.value = state.q; sort.value = state.sort;
  // Space for the results while they load (search.css): what is below does not move.
  box.classList.toggle("aa-search-pending", !!state.q.trim());

  function filterOptions() {
    var out = {};
    Object.keys(state.filters).forEach(function (name) {
      if (state.filters[name].length) out[name] = { any: state.filters[name] };
    });
    return { filters: out };
  }
  // Each filter's values are drawn when it is first opened (or has a ticked value):
  // thousands of outlets drawn at once would be a long task on a phone.
  function drawFilters(counts) {
    Array.prototype.forEach.call(panel.querySelectorAll(".aa-search-filter"), function (group) {
      var name = group.getAttribute("data-filter"), values = Object.keys(counts[name] || {}).sort();
      if (!values.length) { group.hidden = true; return; }
      var drawn = false;
      function draw() {
        if (drawn) return;
        drawn = true;
        var frag = document.createDocumentFragment();
        values.forEach(function (value) { frag.appendChild(filterValue(name, value, counts[name][value])); });
        group.appendChild(frag);
      }
      if (state.filters[name]) { group.open = true; draw(); }
      group.addEventListener("toggle", function () { if (group.open) draw(); });
    });
  }
  function filterValue(name, value, count) {
    var label = el("label", { class: "aa-search-filter-value" });
    var tick = el("input", { type: "checkbox", value: value });
    tick.checked = (state.filters[name] || []).indexOf(value) >= 0;
    tick.addEventListener("change", function () {
      var chosen = (state.filters[name] || []).filter(function (v) { return v !== value; });
      if (tick.checked) chosen.push(value);
      if (chosen.length) state.filters[name] = chosen; else delete state.filters[name];
      state.page = 1;
      run();
    });
    label.appendChild(tick);
    label.appendChild(document.createTextNode(" " + value + " (" + count + ")"));
    return label;
  }
  function drawPager(total) {
    pager.innerHTML = "";
    var pages = Math.ceil(total / PAGE_SIZE);
    if (pages <= 1) return;
    function button(text, page, cls) {
      var b = el("button", { type: "button", class: cls }, text);
      if (page < 1 || page > pages) b.disabled = true;
      b.addEventListener("click", function () { state.page = page; run(); window.scrollTo(0, 0); });
      pager.appendChild(b);
    }
    button("上一页", state.page - 1, "aa-search-prev");
    pager.appendChild(el("span", { class: "aa-search-page" }, "第 " + state.page + " / " + pages + " 页"));
    button("下一页", state.page + 1, "aa-search-next");
  }
  // Each field term of the query (作者:张伟) as a chip; its × takes it out of the query.
  function drawChips() {
    chips.innerHTML = "";
    state.q.split(/\s+/).forEach(function (token) {
      var m = FIELD_TOKEN.exec(token);
      if (!m) return;
      var chip = el("button", { type: "button", class: "aa-search-chip", "data-token": token,
                                "aria-label": "去掉 " + token }, FIELD_LABEL[FIELD_OF[m[1]]] + "：" + m[2] + " ×");
      chip.addEventListener("click", function () {
        state.q = state.q.split(/\s+/).filter(function (t) { return t && t !== token; }).join(" ");
        input.value = state.q; state.page = 1; run();
      });
      chips.appendChild(chip);
    });
  }
  function run() {
    writeState();
    drawChips();
    var mine = ++seq, q = state.q.trim();
    if (!q) {
      message.textContent = ""; list.innerHTML = ""; pager.innerHTML = "";
      box.classList.remove("aa-search-pending");
      return Promise.resolve();
    }
    message.textContent = "正在搜索…";
    return searchExact(q, filterOptions()).then(function (found) {
      if (mine !== seq) return;
      var ranked = rank(found.results, state.sort), total = ranked.length;
      var pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
      if (state.page > pages) { state.page = pages; writeState(); }
      var shown = ranked.slice((state.page - 1) * PAGE_SIZE, state.page * PAGE_SIZE);
      return Promise.all(shown.map(function (r) { return r.result.data(); })).then(function (data) {
        if (mine !== seq) return;
        var runs = queryTerms(q).map(function (t) { return t.run; });
        if (!total) message.textContent = "没有找到包含“" + q + "”的作品";
        else if (found.partial) message.textContent = "没有同时包含全部词语的作品；以下 " + total + " 个作品只包含“" + q + "”的部分词语（部分匹配）";
        else message.textContent = "找到 " + total + " 个包含“" + q + "”的作品";
        message.classList.toggle("aa-partial-message", found.partial);
        list.innerHTML = "";
        data.forEach(function (d, i) {
          var title = d.title || d.url;
          var li = el("li", { class: "aa-search-result" + (shown[i].missing ? " aa-search-partial" : "") });
          var h = el("h2", { class: "aa-search-result-title" });  // under the page's h1: no gap in heading levels
          var a = el("a", { class: "aa-search-result-link", href: d.url });
          a.innerHTML = highlight(title, runs);
          h.appendChild(a);
          if (shown[i].missing) h.insertAdjacentHTML("afterbegin", "<small class=\"aa-partial\">（部分匹配）</small>");
          li.appendChild(h);
          var fields = d.fields || "";
          if (fields) {
            var info = el("p", { class: "aa-search-result-fields" });
            info.innerHTML = highlight(fields, runs);
            li.appendChild(info);
          }
          var p = el("p", { class: "aa-search-result-excerpt" });
          p.innerHTML = excerptFor(d.text || "", q);
          li.appendChild(p);
          list.appendChild(li);
        });
        drawPager(total);
        box.classList.remove("aa-search-pending");
      });
    });
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { state.q = input.value; state.page = 1; run(); }, 250);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault(); clearTimeout(timer); state.q = input.value; state.page = 1; run();
  });
  sort.addEventListener("change", function () { state.sort = sort.value; state.page = 1; run(); });

  function load(name, fallback) {
    return fetch(bundle + name).then(function (r) { return r.ok ? r.json() : fallback; })
      .catch(function () { return fallback; });
  }
  var root = new URL(box.getAttribute("data-root"), window.location.href).pathname;
  var bundleUrl = new URL(bundle, window.location.href).href;
  bundleBase = bundleUrl;
  rootBase = root;
  // Only the archive's own files: the fold table, then the index's table (with the
  // filters' values and counts).
  Promise.all([load("award-archive-fold.json", {}), loadTable()])
    .then(function (loaded) {
      fold = loaded[0]; foldCache = {};
      var counts = {};
      Object.keys(loaded[1].filters).forEach(function (name) {
        counts[name] = {};
        loaded[1].filters[name].forEach(function (v) { counts[name][v[0]] = v[1]; });
      });
      drawFilters(counts);
      box.setAttribute("data-ready", "");
      return run();
    });
})();
