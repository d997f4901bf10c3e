/* Official Voices: the compare page. Progressive enhancement over its table: the table's rows carry the data
   (data-id, data-value, data-qualifier, data-inferred), so nothing is fetched. The selection lives in the URL
   (?a=id1,id2), so a reload keeps it and the back button restores the one before. The chart is drawn as the
   build draws its bar charts (same classes, no view box, log scale past 100 times, marks for hedged figures). */
(function () {
  "use strict";

  // The interface text in the page's language, from the JSON the layout writes (the bundle's js.* keys):
  // ui("compare.status.none", 13) fills {0}, {1}; a key the page lacks shows itself. count() picks "key.one" or
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
    return ui(Object.prototype.hasOwnProperty.call(UI, plural) ? plural : key, num(n));
  }

  var SVG = "http://www.w3.org/2000/svg";
  var SPAN = 94; // percent of the width the axis spans, as in BarChart.SPAN
  var app = document.getElementById("compare-app");
  var table = document.getElementById("compare-table");
  if (!app || !table) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var byId = {};
  var accounts = rows.map(function (row) {
    var link = row.cells[0].querySelector("a");
    var account = {
      id: row.getAttribute("data-id"),
      name: link.textContent,
      search: row.cells[0].textContent.toLowerCase() + " " + row.getAttribute("data-id"),
      value: parseFloat(row.getAttribute("data-value")),
      text: row.cells[1].querySelector(".value").textContent,
      qualifier: row.getAttribute("data-qualifier"),
      inferred: row.hasAttribute("data-inferred"),
      row: row
    };
    byId[account.id] = account;
    return account;
  });
  var options = document.getElementById("compare-options");
  var filter = document.getElementById("compare-filter");
  var status = document.getElementById("compare-status");
  var chartBox = document.getElementById("compare-chart");
  var boxes = {};

  accounts.forEach(function (account) {
    var li = document.createElement("li");
    var label = document.createElement("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.value = account.id;
    box.addEventListener("change", function () { choose(checked()); });
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + account.row.cells[0].textContent.replace(/\s+/g, " ").trim()));
    li.appendChild(label);
    options.appendChild(li);
    boxes[account.id] = { box: box, item: li, account: account };
  });

  function checked() {
    return accounts.filter(function (a) { return boxes[a.id].box.checked; }).map(function (a) { return a.id; });
  }

  /** The ids in the address, known ones only, each once. */
  function fromAddress() {
    var wanted = new URLSearchParams(window.location.search).get("a");
    var seen = {};
    return (wanted ? wanted.split(",") : []).filter(function (id) {
      var keep = byId.hasOwnProperty(id) && !seen[id];
      seen[id] = true;
      return keep;
    });
  }

  /** The address with this choice; other parameters (a table's sort order) stay as they are. */
  function address(ids) {
    var params = new URLSearchParams(window.location.search);
    if (ids.length) { params.set("a", ids.join(",")); } else { params.delete("a"); }
    var query = params.toString().replace(/%2C/g, ","); // ids are [a-z0-9-]; commas read better unescaped
    return window.location.pathname + (query ? "?" + query : "") + window.location.hash;
  }

  /** A reader's choice: a new history entry, then the page drawn for it. */
  function choose(ids) {
    window.history.pushState({ a: ids }, "", address(ids));
    show(ids);
  }

  function show(ids) {
    var chosen = {};
    ids.forEach(function (id) { chosen[id] = true; });
    accounts.forEach(function (a) {
      boxes[a.id].box.checked = !!chosen[a.id];
      a.row.hidden = ids.length > 0 && !chosen[a.id];
    });
    status.textContent = ids.length === 0 ? ui("compare.status.none", num(accounts.length)) : count("compare.status.chosen", ids.length);
    while (chartBox.firstChild) { chartBox.removeChild(chartBox.firstChild); }
    if (ids.length > 0) {
      chartBox.appendChild(chart(ids.map(function (id) { return byId[id]; })));
    }
  }

  filter.addEventListener("input", function () {
    var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    accounts.forEach(function (a) {
      boxes[a.id].item.hidden = !words.every(function (w) { return a.search.indexOf(w) >= 0; });
    });
  });
  document.getElementById("compare-clear").addEventListener("click", function () { choose([]); });
  window.addEventListener("popstate", function () { show(fromAddress()); });

  // --- the chart ---------------------------------------------------------------------------------------------

  function el(name, attrs, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text != null) { node.textContent = text; }
    return node;
  }

  function html(name, className, text) {
    var node = document.createElement(name);
    if (className) { node.className = className; }
    if (text != null) { node.textContent = text; }
    return node;
  }

  function exponent(v) { return Math.floor(Math.log10(v) + 1e-9); }
  function isPowerOfTen(v) { return Math.abs(Math.pow(10, exponent(v)) - v) < 1e-9 * v; }

  function compact(v) {
    var units = [[1e9, "B"], [1e6, "M"], [1e3, "k"]];
    for (var i = 0; i < units.length; i++) {
      if (v >= units[i][0]) { return num(Math.round(v / units[i][0] * 10) / 10) + units[i][1]; }
    }
    return num(Math.round(v * 1000) / 1000);
  }

  /** As Scale.of in the build: logarithmic when every value is above zero and the largest is over 100 times the smallest. */
  function scale(values) {
    var min = Math.min.apply(null, values), max = Math.max.apply(null, values), ticks = [];
    if (min > 0 && max > min * 100) {
      var low = exponent(min) - (isPowerOfTen(min) ? 1 : 0);
      var high = exponent(max) + (isPowerOfTen(max) ? 0 : 1);
      for (var e = low; e <= high; e++) { ticks.push({ label: compact(Math.pow(10, e)), fraction: (e - low) / (high - low) }); }
      return { log: true, ticks: ticks, fraction: function (v) {
        return Math.max(0, Math.min(1, (Math.log10(v) - low) / (high - low)));
      } };
    }
    var power = max > 0 ? Math.pow(10, exponent(max)) : 1, top = power * 10;
    [1, 2, 5, 10].some(function (step) { if (power * step >= max) { top = power * step; return true; } return false; });
    if (max <= 0) { top = 1; }
    for (var t = 0; t <= 4; t++) { ticks.push({ label: compact(top * t / 4), fraction: t / 4 }); }
    return { log: false, ticks: ticks, fraction: function (v) { return Math.max(0, Math.min(1, v / top)); } };
  }

  function pct(fraction) { return (fraction * SPAN).toFixed(2) + "%"; }

  function marks(a) {
    return { hedged: a.qualifier !== "exact" || a.inferred, above: a.qualifier === "more-than", below: a.qualifier === "less-than" };
  }

  function arrow(x, points) {
    var holder = el("svg", { "class": "mark", x: x, y: "0", overflow: "visible" });
    holder.appendChild(el("polygon", { "class": "arrow", points: points }));
    return holder;
  }

  function chart(chosen) {
    chosen = chosen.slice().sort(function (a, b) { return b.value - a.value || (a.id < b.id ? -1 : 1); });
    var s = scale(chosen.map(function (a) { return a.value; }));
    var figure = html("figure", "chart bar-chart");
    figure.setAttribute("aria-labelledby", "compare-chart-title");
    var caption = html("figcaption", null, ui("compare.chart.caption"));
    caption.id = "compare-chart-title";
    figure.appendChild(caption);
    if (s.log) {
      figure.appendChild(html("p", "chart-scale", ui("compare.chart.log")));
    }
    var plot = html("div", "chart-plot");
    plot.setAttribute("role", "img");
    plot.setAttribute("aria-label", ui(s.log ? "compare.chart.label.log" : "compare.chart.label"));
    var used = { exact: false, hedged: false, above: false, below: false };
    chosen.forEach(function (a) {
      var m = marks(a);
      used.exact = used.exact || !m.hedged; used.hedged = used.hedged || m.hedged;
      used.above = used.above || m.above; used.below = used.below || m.below;
      var row = html("div", "bar-row");
      var text = html("div", "bar-text");
      text.appendChild(html("span", "bar-label", a.name));
      text.appendChild(html("span", "bar-value", a.text));
      row.appendChild(text);
      var track = el("svg", { "class": "bar-track", width: "100%", height: "22", focusable: "false", "aria-hidden": "true" });
      s.ticks.forEach(function (t) { track.appendChild(el("line", { "class": "grid", x1: pct(t.fraction), y1: 0, x2: pct(t.fraction), y2: 22 })); });
      var width = pct(Math.max(s.fraction(a.value), 0.003));
      track.appendChild(el("rect", { "class": "bar" + (m.hedged ? " bar-hedged" : "") + (m.above ? " bar-above" : "") + (m.below ? " bar-below" : ""),
        x: 1, y: 3, width: width, height: 16 }));
      if (m.above) { track.appendChild(arrow(width, "3,1 15,11 3,21")); }
      if (m.below) { track.appendChild(arrow(width, "1,1 -11,11 1,21")); }
      row.appendChild(track);
      plot.appendChild(row);
    });
    var axis = el("svg", { "class": "chart-axis", width: "100%", height: "24", focusable: "false", "aria-hidden": "true" });
    s.ticks.forEach(function (t) {
      axis.appendChild(el("text", { "class": "tick", x: pct(t.fraction), y: 17,
        "text-anchor": t.fraction === 0 ? "start" : t.fraction === 1 ? "end" : "middle" }, t.label));
    });
    plot.appendChild(axis);
    var axisLabel = html("p", "axis-label", ui("compare.chart.axis"));
    if (s.ticks.some(function (t) { return /[kMB]$/.test(t.label); })) {
      axisLabel.appendChild(html("span", "axis-units", " " + ui("compare.chart.units")));
    }
    plot.appendChild(axisLabel);
    figure.appendChild(plot);
    if (used.hedged || used.above || used.below) { figure.appendChild(legend(used)); }
    return figure;
  }

  function legendItem(list, shapes, words) {
    var li = html("li");
    var key = el("svg", { "class": "legend-key", width: "30", height: "22", "aria-hidden": "true", focusable: "false" });
    shapes.forEach(function (s) { key.appendChild(s); });
    li.appendChild(key);
    li.appendChild(document.createTextNode(" " + words));
    list.appendChild(li);
  }

  /** The keys the build's legend uses, for the marks this chart carries. */
  function legend(used) {
    var list = html("ul", "chart-legend");
    if (used.exact) { legendItem(list, [el("rect", { "class": "bar", x: 1, y: 5, width: 22, height: 12 })], ui("compare.legend.stated")); }
    if (used.hedged) {
      legendItem(list, [el("rect", { "class": "bar bar-hedged", x: 1, y: 5, width: 22, height: 12 })],
        ui("compare.legend.hedged"));
    }
    if (used.above) {
      legendItem(list, [el("rect", { "class": "bar bar-hedged", x: 1, y: 5, width: 14, height: 12 }), el("polygon", { "class": "arrow", points: "17,1 29,11 17,21" })],
        ui("compare.legend.above"));
    }
    if (used.below) {
      legendItem(list, [el("rect", { "class": "bar bar-hedged", x: 1, y: 5, width: 26, height: 12 }), el("polygon", { "class": "arrow", points: "27,1 15,11 27,21" })],
        ui("compare.legend.below"));
    }
    return list;
  }

  app.hidden = false;
  var initial = fromAddress();
  window.history.replaceState({ a: initial }, "", window.location.href);
  show(initial);
})();
