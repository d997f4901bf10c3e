// Search over the static index the build writes in search/ (see SearchIndex and SearchShard). A query loads
// only the shards of its words: a word's first two letters, one more letter while a shard says it is split,
// or a single Chinese character. Words are made into terms exactly as SearchWords does in Java: lower case,
// no accents or apostrophes, English plurals stemmed. Each word of the query must match, exactly, as a prefix,
// or, from five letters on, with one letter wrong, missing, added or swapped (after the shard key: a mistake
// in the first two letters loads another shard and is not corrected). Results are ranked by a score: name
// above handle above owner above text, exact above prefix above typo. Results are built with DOM methods and
// textContent only, never as HTML. Each language has its own index, beside its search page (search/ and
// zh/search/), made from the content in that language; a result's route is relative to the language's root.
(function () {
  "use strict";

  // The interface text in the page's language, from the JSON the layout writes (the bundle's js.* keys):
  // ui("search.none", query) fills {0}, {1}; a key the page lacks shows itself. count() picks "key.one" or
  // "key.other" where the page has them (English), else "key" (Chinese), and fills {0} with the number.
  var UI = (function () {
    try { return JSON.parse(document.getElementById("ui-text").textContent); } catch (e) { return {}; }
  }());
  var LANG = document.documentElement.lang || "en";
  function ui(key) {
    var args = arguments;
    var s = Object.prototype.hasOwnProperty.call(UI, key) ? UI[key] : key;
    return s.replace(/\{(\d+)\}/g, function (slot, i) { return i < args.length - 1 ? String(args[+i + 1]) : slot; });
  }
  function num(n) { return n.toLocaleString(LANG); }
  function count(key, n) {
    var plural = key + (n === 1 ? ".one" : ".other");
    var args = Array.prototype.slice.call(arguments, 2);
    return ui.apply(null, [Object.prototype.hasOwnProperty.call(UI, plural) ? plural : key, num(n)].concat(args));
  }

  // Paths from this page (search/ or zh/search/) to its language's pages and to its index.
  var PAGES = "../";
  var SHARDS = PAGES + "search/";

  var results = document.getElementById("search-results");
  if (!results) { return; }
  var status = document.getElementById("search-status");
  var input = document.getElementById("search-page-q");
  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;

  var STOP = new Set(["a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "its", "of",
    "on", "or", "that", "the", "this", "to", "was", "with"]);
  var WEIGHT = [16, 8, 4, 1]; // name, handle, owner, text
  var EXACT = 1, PREFIX = 0.5, TYPO = 0.3;
  var TYPE_ORDER = { "Account": 0, "Case study": 1, "Source": 2 };
  var TYPE_KEY = { "Account": "search.type.account", "Case study": "search.type.case-study", "Source": "search.type.source" };
  var SHOWN = 50;

  function words(text) {
    var plain = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/['\u2019]/g, "");
    var out = [];
    plain.split(/[^\p{L}\p{N}]+/u).forEach(function (word) {
      if (!word) { return; }
      if (/\p{Script=Han}/u.test(word)) { Array.from(word).forEach(function (c) { out.push(c); }); }
      else { out.push(word); }
    });
    return out;
  }

  // The same light stemmer as SearchWords.stem.
  function stem(word) {
    var n = word.length;
    if (n < 4 || !/^[a-z]+$/.test(word)) { return word; }
    if (/ies$/.test(word) && n > 4) { return word.slice(0, n - 3) + "y"; }
    if (/(sses|xes|ches|shes)$/.test(word)) { return word.slice(0, n - 2); }
    if (/(ss|us|is)$/.test(word) || !/s$/.test(word)) { return word; }
    return word.slice(0, n - 1);
  }

  function terms(text) {
    return Array.from(new Set(words(text).map(stem)));
  }

  // Optimal string alignment distance, stopping early: whether a and b are at most one edit apart.
  function oneEdit(a, b) {
    if (Math.abs(a.length - b.length) > 1 || a === b) { return a === b; }
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) { i++; }
    if (a.length === b.length) {
      return a.slice(i + 1) === b.slice(i + 1)
        || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // How well a query term matches an indexed term: 1 exact, 0.5 prefix, 0.3 one typo away, 0 not at all.
  function match(q, t) {
    if (q === t) { return EXACT; }
    if (t.indexOf(q) === 0) { return PREFIX; }
    if (q.length >= 5 && /^[\p{L}\p{N}]+$/u.test(q) && !/\p{Script=Han}/u.test(q)) {
      if (oneEdit(q, t)) { return TYPO; }
      for (var d = -1; d <= 1; d++) {
        if (t.length > q.length + d && oneEdit(q, t.slice(0, q.length + d))) { return TYPO * PREFIX; }
      }
    }
    return 0;
  }

  function fileName(key) {
    return Array.from(key).map(function (c) {
      var cp = c.codePointAt(0);
      return cp < 128 ? c : "u" + cp.toString(16);
    }).join("");
  }

  var cache = {};
  function shard(key) {
    if (!cache[key]) {
      cache[key] = fetch(SHARDS + "shard-" + fileName(key) + ".json")
        .then(function (r) { return r.ok ? r.json() : null; }).catch(function () { return null; });
    }
    return cache[key];
  }

  // The shards a term needs: its two-letter shard, and one letter more while the shard says it was split.
  function shardsFor(term, length, found) {
    var letters = Array.from(term);
    return shard(letters.slice(0, length).join("")).then(function (s) {
      if (s) { found.push(s); }
      if (s && s.s && letters.length > length) { return shardsFor(term, length + 1, found); }
      return found;
    });
  }

  var all = terms(query);
  var required = all.filter(function (t) { return !STOP.has(t); });
  if (required.length === 0) { required = all; }
  if (required.length === 0) { status.textContent = ui("search.empty"); return; }
  status.textContent = ui("search.searching");

  // A document's own fields, for words whose postings it is not in (a shard keeps only a common word's best).
  function fieldsOf(c) {
    var label = function (i) { return i >= 0 ? c.labels[i] : ""; };
    return [[0, c.row[1] + " " + c.row[2] + " " + label(c.row[3][2])], [1, c.row[5]], [2, c.row[4]], [3, label(c.row[3][1])]];
  }

  Promise.all(required.map(function (t) { return shardsFor(t, 2, []); })).then(function (perTerm) {
    var found = {}, capped = [];
    perTerm.forEach(function (shards, i) {
      shards.forEach(function (s) {
        Object.keys(s.t).forEach(function (t) {
          var f = match(required[i], t);
          if (f === 0) { return; }
          if (s.m && s.m[t]) { capped.push(t); }
          s.t[t].forEach(function (p) {
            var row = s.d[p >> 2];
            var c = found[row[0]] || (found[row[0]] = { row: row, labels: s.l, scores: required.map(function () { return 0; }), snippets: [] });
            c.scores[i] = Math.max(c.scores[i], WEIGHT[p & 3] * f);
            if (row[6] && c.snippets.indexOf(row[6]) < 0) { c.snippets.push(row[6]); }
          });
        });
      });
    });
    var queryName = all.join(" ");
    var queryHan = query.replace(/[^\p{Script=Han}]/gu, "");
    var ranked = Object.keys(found).map(function (route) { return found[route]; }).filter(function (c) {
      var fields = fieldsOf(c).map(function (f) { return [f[0], terms(f[1])]; });
      required.forEach(function (q, i) {
        fields.forEach(function (f) {
          f[1].forEach(function (t) { c.scores[i] = Math.max(c.scores[i], WEIGHT[f[0]] * match(q, t)); });
        });
      });
      if (c.scores.some(function (s) { return s === 0; })) { return false; }
      c.score = c.scores.reduce(function (a, b) { return a + b; }, 0);
      if (terms(c.row[1]).join(" ") === queryName || (queryHan && c.row[2] === queryHan)) { c.score += 50; }
      else if (queryHan.length > 1 && c.row[2].indexOf(queryHan) >= 0) { c.score += 10; }
      return true;
    });
    ranked.sort(function (a, b) {
      return b.score - a.score || TYPE_ORDER[a.labels[a.row[3][0]]] - TYPE_ORDER[b.labels[b.row[3][0]]]
        || a.row[1].length - b.row[1].length || a.row[1].localeCompare(b.row[1]);
    });
    results.textContent = "";
    ranked.slice(0, SHOWN).forEach(function (c) { results.appendChild(item(c)); });
    var text = ranked.length === 0 ? ui("search.none", query)
      : ranked.length > SHOWN ? ui("search.results.best", num(ranked.length), query, num(SHOWN))
        : count("search.results", ranked.length, query);
    if (capped.length > 0) {
      text = ui("search.capped", text, capped[0]);
    }
    status.textContent = text;
  });

  // The snippet that shows the most words of the query.
  function bestSnippet(c) {
    var best = "", most = -1;
    c.snippets.forEach(function (s) {
      var ts = terms(s);
      var n = required.filter(function (q) { return ts.some(function (t) { return match(q, t) > 0; }); }).length;
      if (n > most) { best = s; most = n; }
    });
    return best;
  }

  // Appends text, with each word (each Chinese character) that matches a word of the query in a <mark>.
  function appendMarked(parent, text) {
    var re = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}'\u2019\p{M}])+/gu, last = 0, m;
    while ((m = re.exec(text)) !== null) {
      var hit = terms(m[0]).some(function (t) { return required.some(function (q) { return match(q, t) > 0; }); });
      if (!hit) { continue; }
      parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      var mark = document.createElement("mark");
      mark.textContent = m[0];
      parent.appendChild(mark);
      last = m.index + m[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function item(c) {
    var row = c.row, label = function (i) { return i >= 0 ? c.labels[i] : null; };
    var li = document.createElement("li");
    var link = document.createElement("a");
    link.href = PAGES + row[0];
    appendMarked(link, row[1]);
    li.appendChild(link);
    if (row[2]) {
      var zh = document.createElement("span");
      zh.lang = "zh";
      zh.className = "zh";
      li.appendChild(document.createTextNode(" "));
      appendMarked(zh, row[2]);
      li.appendChild(zh);
    }
    var meta = document.createElement("p");
    meta.className = "result-meta";
    var type = label(row[3][0]);
    var parts = [TYPE_KEY[type] ? ui(TYPE_KEY[type]) : type, label(row[3][1]), label(row[3][2])].filter(Boolean);
    appendMarked(meta, parts.join(" · "));
    [row[5], row[4]].forEach(function (extra) {
      if (extra) { meta.appendChild(document.createTextNode(" · ")); appendMarked(meta, extra); }
    });
    li.appendChild(meta);
    var snippet = bestSnippet(c);
    if (snippet) {
      var p = document.createElement("p");
      p.className = "result-snippet";
      appendMarked(p, snippet);
      li.appendChild(p);
    }
    return li;
  }
}());
