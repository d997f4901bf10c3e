// Search over the static index the build writes in search/. A query loads only the shards its words
// fall in: a word's first two letters, or a single Chinese character. Results are built with DOM
// methods and textContent only, never as HTML.
(function () {
  "use strict";
  var results = document.getElementById("search-results");
  if (!results) { return; }
  var status = document.getElementById("search-status");
  var input = document.getElementById("search-page-q");
  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;

  function words(text) {
    var plain = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
    var out = [];
    plain.split(/[^\p{L}\p{N}]+/u).forEach(function (word) {
      if (!word) { return; }
      if (/\p{Script=Han}/u.test(word)) { Array.from(word).forEach(function (c) { out.push(c); }); }
      else { out.push(word); }
    });
    return out;
  }

  function fileName(key) {
    return Array.from(key).map(function (c) {
      var cp = c.codePointAt(0);
      return cp < 128 ? c : "u" + cp.toString(16);
    }).join("");
  }

  var terms = words(query);
  if (terms.length === 0) { status.textContent = "Type a name in English or Chinese, a handle, an owner or a title."; return; }
  var keys = Array.from(new Set(terms.map(function (t) { return Array.from(t).slice(0, 2).join(""); })));
  status.textContent = "Searching…";
  Promise.all(keys.map(function (key) {
    return fetch("shard-" + fileName(key) + ".json").then(function (r) { return r.ok ? r.json() : []; }).catch(function () { return []; });
  })).then(function (shards) {
    var seen = {}, found = [];
    shards.forEach(function (docs) {
      docs.forEach(function (doc) {
        if (seen[doc.u]) { return; }
        seen[doc.u] = true;
        var all = terms.every(function (term) {
          return doc.w.some(function (word) { return word.indexOf(term) === 0; });
        });
        if (all) { found.push(doc); }
      });
    });
    found.sort(function (a, b) { return a.t.localeCompare(b.t); });
    results.textContent = "";
    found.slice(0, 100).forEach(function (doc) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = "../" + doc.u;
      link.textContent = doc.t;
      item.appendChild(link);
      if (doc.z) {
        var zh = document.createElement("span");
        zh.lang = "zh";
        zh.className = "zh";
        zh.textContent = " " + doc.z;
        item.appendChild(zh);
      }
      var kind = document.createElement("small");
      kind.textContent = " (" + doc.k + ")";
      item.appendChild(kind);
      results.appendChild(item);
    });
    status.textContent = found.length === 0 ? "No results for “" + query + "”."
      : found.length + " result" + (found.length === 1 ? "" : "s") + " for “" + query + "”" + (found.length > 100 ? "; the first 100 are shown." : ".");
  });
}());
