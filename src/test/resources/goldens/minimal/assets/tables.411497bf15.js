// Sorting and filtering for the report's data tables, kept in the address bar. The tables are complete
// without this script; it adds sort buttons to column headers, a filter box above each table marked
// data-filterable, cell labels so rows read as cards on a phone, and a cue when a table scrolls sideways.
//
// A column sorts by its cells' data-sort keys where every cell has one: numbers by value (a hedged
// "about 530,000" carries 530000), ISO dates (2019, 2019-04, 2019-05-21) by their start, anything else as
// text. Rows without a value stay last either way. The state lives in the query string, so a sorted and
// filtered table can be shared as a link, survives a reload, and the back button undoes each step:
// sort=<column>&order=desc&filter=<words>&<menu>=<value>, with t2., t3., ... before the names for the
// page's second and later tables. Below them, the copy buttons of "Cite this page".
(function () {
  "use strict";

  // The interface text in the page's language, from the JSON the layout writes (the bundle's js.* keys):
  // ui("table.filter.status", 3, 28) fills {0}, {1}; a key the page lacks shows itself.
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

  var collator = new Intl.Collator(["en", "zh"], { numeric: true, sensitivity: "base" });
  var NUMBER = /^-?\d+(\.\d+)?$/;
  var DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  var forEach = function (list, f) { Array.prototype.forEach.call(list, f); };

  function text(cell) { return cell ? cell.textContent.replace(/\s+/g, " ").trim() : ""; }

  function key(cell) {
    if (!cell) { return ""; }
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : text(cell);
  }

  /** "number", "date" or "text": declared by the header's data-type, else read from the cells' keys. */
  function columnType(th, rows, index) {
    if (th.hasAttribute("data-type")) { return th.getAttribute("data-type"); }
    var typed = rows.every(function (row) { return row.cells[index] && row.cells[index].hasAttribute("data-sort"); });
    var keys = rows.map(function (row) { return key(row.cells[index]); }).filter(Boolean);
    if (!typed || keys.length === 0) { return "text"; }
    if (keys.every(function (k) { return DATE.test(k); }) && keys.some(function (k) { return k.indexOf("-") > 0; })) { return "date"; }
    return keys.every(function (k) { return NUMBER.test(k); }) ? "number" : "text";
  }

  function compare(a, b, type) {
    if (type === "number") { return parseFloat(a) - parseFloat(b); }
    if (type === "date") { return a < b ? -1 : a > b ? 1 : 0; }
    return collator.compare(a, b);
  }

  /** "Owner type" → "owner-type". */
  function words(label) {
    return (label || "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
  }

  /** A column's name in the address: the header's data-key, else its words, else its position. */
  function slug(th, index) {
    return th.getAttribute("data-key") || words(text(th)) || String(index + 1);
  }

  var tables = [];
  var typing = false;   // whether the last change was a keystroke in a filter box

  function enhance(table, number) {
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var body = table.tBodies[0];
    var original = Array.prototype.slice.call(body.rows);
    var t = {
      table: table, headers: headers, body: body, original: original,
      prefix: number === 0 ? "" : "t" + (number + 1) + ".",
      slugs: headers.map(slug), types: headers.map(function (th, i) { return columnType(th, original, i); }),
      sortable: original.length > 1, menus: [], input: null, status: null
    };
    label(t);
    if (t.sortable) { makeSortable(t); }
    if (t.sortable && table.hasAttribute("data-filterable")) { makeFilterable(t, number + 1); }
    tables.push(t);
  }

  // Each cell gets its column's name as data-label, which the phone layout shows beside the value; the
  // roles keep the table a table for screen readers when that layout displays its parts as blocks.
  function label(t) {
    t.table.classList.add("row-cards");
    t.table.setAttribute("role", "table");
    forEach(t.table.querySelectorAll("thead, tbody"), function (group) { group.setAttribute("role", "rowgroup"); });
    t.headers.forEach(function (th) { th.setAttribute("role", "columnheader"); });
    t.table.tHead.rows[0].setAttribute("role", "row");
    t.original.forEach(function (row) {
      row.setAttribute("role", "row");
      forEach(row.cells, function (cell, i) {
        if (cell.tagName === "TH") { cell.setAttribute("role", "rowheader"); return; }
        cell.setAttribute("role", "cell");
        if (t.headers[i]) { cell.setAttribute("data-label", text(t.headers[i])); }
        if (text(cell) === "") { cell.classList.add("blank"); }
      });
    });
  }

  function makeSortable(t) {
    t.headers.forEach(function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var descending = th.getAttribute("aria-sort") === "ascending";
        sort(t, index, descending);
        typing = false;
        record(true);
      });
    });
  }

  function sort(t, index, descending) {
    t.headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
    var rows = t.original.slice();
    if (index !== null) {
      t.headers[index].setAttribute("aria-sort", descending ? "descending" : "ascending");
      var type = t.types[index];
      rows.sort(function (r1, r2) {
        var a = key(r1.cells[index]), b = key(r2.cells[index]);
        if (a === "" || b === "") { return a === b ? 0 : a === "" ? 1 : -1; }
        var order = compare(a, b, type);
        return descending ? -order : order;
      });
    }
    t.sorted = index;
    t.descending = descending;
    rows.forEach(function (row) { t.body.appendChild(row); });
  }

  // A text box, plus a menu for each column whose header is marked data-filter (platform, kind, country).
  function makeFilterable(t, number) {
    var controls = document.createElement("div");
    controls.className = "table-filter";
    var label = document.createElement("label");
    label.textContent = ui("table.filter.label") + " ";
    var input = document.createElement("input");
    input.type = "search";
    input.id = "table-filter-" + number;
    label.htmlFor = input.id;
    label.appendChild(input);
    controls.appendChild(label);
    t.headers.forEach(function (th, index) {
      if (!th.hasAttribute("data-filter")) { return; }
      var values = {};
      t.original.forEach(function (row) { values[text(row.cells[index])] = true; });
      var menuLabel = document.createElement("label");
      menuLabel.textContent = " " + th.getAttribute("data-filter") + " ";
      var select = document.createElement("select");
      select.id = "table-filter-" + number + "-" + index;
      menuLabel.htmlFor = select.id;
      var all = document.createElement("option");
      all.value = "";
      all.textContent = ui("table.filter.all");
      select.appendChild(all);
      Object.keys(values).sort(collator.compare).forEach(function (value) {
        var option = document.createElement("option");
        option.value = value;
        option.textContent = value;
        select.appendChild(option);
      });
      menuLabel.appendChild(select);
      controls.appendChild(menuLabel);
      t.menus.push({ index: index, name: words(th.getAttribute("data-filter")) || "f" + (index + 1), select: select });
      select.addEventListener("change", function () { filter(t); typing = false; record(true); });
    });
    var status = document.createElement("span");
    status.className = "filter-status";
    status.setAttribute("aria-live", "polite");
    controls.appendChild(status);
    var box = t.table.closest(".table-scroll") || t.table;
    box.parentNode.insertBefore(controls, box);
    t.input = input;
    t.status = status;
    // Typing replaces the history entry that its first keystroke made, so Back undoes the whole word.
    input.addEventListener("input", function () { filter(t); record(!typing); typing = true; });
    input.addEventListener("change", function () { typing = false; });
  }

  function filter(t) {
    var words = t.input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0, filtering = words.length > 0;
    t.menus.forEach(function (menu) { filtering = filtering || menu.select.value !== ""; });
    t.original.forEach(function (row) {
      var content = row.textContent.toLowerCase();
      var match = words.every(function (word) { return content.indexOf(word) >= 0; })
        && t.menus.every(function (menu) { return !menu.select.value || text(row.cells[menu.index]) === menu.select.value; });
      row.hidden = !match;
      if (match) { shown++; }
    });
    t.status.textContent = filtering ? " " + ui("table.filter.status", num(shown), num(t.original.length)) : "";
  }

  /** The address for the tables' present state; other parameters of the page stay as they are. */
  function address() {
    var params = new URLSearchParams(window.location.search);
    tables.forEach(function (t) {
      var p = t.prefix;
      ["sort", "order", "filter"].forEach(function (name) { params.delete(p + name); });
      t.menus.forEach(function (menu) { params.delete(p + menu.name); });
      if (t.sorted !== null && t.sorted !== undefined) {
        params.set(p + "sort", t.slugs[t.sorted]);
        if (t.descending) { params.set(p + "order", "desc"); }
      }
      if (t.input && t.input.value.trim()) { params.set(p + "filter", t.input.value.trim()); }
      t.menus.forEach(function (menu) { if (menu.select.value) { params.set(p + menu.name, menu.select.value); } });
    });
    var query = params.toString();
    return window.location.pathname + (query ? "?" + query : "") + window.location.hash;
  }

  function record(push) {
    var url = address();
    if (url === window.location.pathname + window.location.search + window.location.hash) { return; }
    if (push) { history.pushState(null, "", url); } else { history.replaceState(null, "", url); }
  }

  /** Sets every table from the address: on load, and when Back or Forward changes it. */
  function restore() {
    var params = new URLSearchParams(window.location.search);
    tables.forEach(function (t) {
      if (!t.sortable) { return; }
      var p = t.prefix;
      var index = t.slugs.indexOf(params.get(p + "sort"));
      sort(t, index < 0 ? null : index, index >= 0 && params.get(p + "order") === "desc");
      if (t.input) {
        t.input.value = params.get(p + "filter") || "";
        t.menus.forEach(function (menu) {
          var wanted = params.get(p + menu.name) || "";
          var known = Array.prototype.some.call(menu.select.options, function (o) { return o.value === wanted; });
          menu.select.value = known ? wanted : "";
        });
        filter(t);
      }
    });
    typing = false;
  }

  // A table wider than its box scrolls inside it: the box can then take focus (so the keyboard can
  // scroll it), is named after the table, and says so above it; the edges also fade (in the stylesheet).
  function watchScrolling(box) {
    var hint = document.createElement("p");
    hint.className = "scroll-hint";
    hint.textContent = ui("table.scroll-hint");
    hint.hidden = true;
    box.parentNode.insertBefore(hint, box);
    function update() {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      hint.hidden = !scrolls;
      box.classList.toggle("scrolls", scrolls);
      if (scrolls) {
        var caption = box.querySelector("caption");
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", caption ? text(caption) : ui("table.region"));
      } else {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    }
    update();
    window.addEventListener("resize", update);
  }

  // "Cite this page": a copy button beside each citation format. Without the script the text stays
  // selectable, so the button is added here rather than written into the page.
  function copyButtons() {
    if (!navigator.clipboard) { return; }
    forEach(document.querySelectorAll("pre.citation"), function (pre) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy";
      button.textContent = pre.getAttribute("data-label") ? ui("cite.copy", pre.getAttribute("data-label")) : ui("cite.copy.default");
      var status = document.createElement("span");
      status.className = "copy-status";
      status.setAttribute("role", "status");
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(pre.textContent).then(function () {
          status.textContent = ui("cite.copied");
        }, function () {
          status.textContent = ui("cite.failed");
        });
      });
      pre.parentNode.insertBefore(button, pre.nextSibling);
      pre.parentNode.insertBefore(status, button.nextSibling);
    });
  }

  document.querySelectorAll("table.data").forEach(function (table) {
    if (table.tHead && table.tBodies.length === 1) { enhance(table, tables.length); }
  });
  restore();
  window.addEventListener("popstate", restore);
  document.querySelectorAll(".table-scroll").forEach(watchScrolling);
  copyButtons();
}());
