// Sorting and filtering for the report's data tables. The tables are complete without this script;
// it only adds sort buttons to column headers and a filter box above each table marked data-filterable.
(function () {
  "use strict";

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) { return ""; }
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
  }

  var collator = new Intl.Collator(["en", "zh"], { numeric: true, sensitivity: "base" });

  function compare(a, b, numeric) {
    return numeric ? parseFloat(a) - parseFloat(b) : collator.compare(a, b);
  }

  function isEmpty(value, numeric) {
    return value === "" || (numeric && isNaN(parseFloat(value)));
  }

  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = th.getAttribute("data-type") === "number";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (r1, r2) {
          var a = cellValue(r1, index), b = cellValue(r2, index);
          var emptyA = isEmpty(a, numeric), emptyB = isEmpty(b, numeric);
          if (emptyA || emptyB) {   // rows without a value stay last in either direction
            return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
          }
          var order = compare(a, b, numeric);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  // A text box, plus a menu for each column whose header is marked data-filter (platform, kind, country).
  function makeFilterable(table, number) {
    var controls = document.createElement("div");
    controls.className = "table-filter";
    var label = document.createElement("label");
    label.textContent = "Filter these rows ";
    var input = document.createElement("input");
    input.type = "search";
    input.id = "table-filter-" + number;
    label.htmlFor = input.id;
    label.appendChild(input);
    controls.appendChild(label);
    var menus = [];
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      if (!th.hasAttribute("data-filter")) { return; }
      var values = {};
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) { values[row.cells[index].textContent.trim()] = true; });
      var menuLabel = document.createElement("label");
      menuLabel.textContent = " " + th.getAttribute("data-filter") + " ";
      var select = document.createElement("select");
      select.id = "table-filter-" + number + "-" + index;
      menuLabel.htmlFor = select.id;
      var all = document.createElement("option");
      all.value = "";
      all.textContent = "All";
      select.appendChild(all);
      Object.keys(values).sort(collator.compare).forEach(function (value) {
        var option = document.createElement("option");
        option.value = value;
        option.textContent = value;
        select.appendChild(option);
      });
      menuLabel.appendChild(select);
      controls.appendChild(menuLabel);
      menus.push({ index: index, select: select });
      select.addEventListener("change", apply);
    });
    var status = document.createElement("span");
    status.className = "filter-status";
    status.setAttribute("aria-live", "polite");
    controls.appendChild(status);
    var box = table.closest(".table-scroll") || table;
    box.parentNode.insertBefore(controls, box);

    function apply() {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0, rows = table.tBodies[0].rows, filtering = words.length > 0;
      Array.prototype.forEach.call(rows, function (row) {
        var text = row.textContent.toLowerCase();
        var match = words.every(function (word) { return text.indexOf(word) >= 0; });
        menus.forEach(function (menu) {
          if (menu.select.value) {
            filtering = true;
            match = match && row.cells[menu.index].textContent.trim() === menu.select.value;
          }
        });
        row.hidden = !match;
        if (match) { shown++; }
      });
      status.textContent = filtering ? " " + shown + " of " + rows.length + " rows shown" : "";
    }
    input.addEventListener("input", apply);
  }

  document.querySelectorAll("table.data").forEach(function (table, number) {
    if (table.tHead && table.tBodies.length === 1 && table.tBodies[0].rows.length > 1) {
      makeSortable(table);
      if (table.hasAttribute("data-filterable")) { makeFilterable(table, number + 1); }
    }
  });
}());

// "Cite this page": a copy button beside each citation format. Without the script the text stays
// selectable, so the button is added here rather than written into the page.
(function () {
  "use strict";
  if (!navigator.clipboard) { return; }
  Array.prototype.forEach.call(document.querySelectorAll("pre.citation"), function (pre) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = "Copy " + (pre.getAttribute("data-label") || "citation");
    var status = document.createElement("span");
    status.className = "copy-status";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(pre.textContent).then(function () {
        status.textContent = "Copied.";
      }, function () {
        status.textContent = "Could not copy; select the text instead.";
      });
    });
    pre.parentNode.insertBefore(button, pre.nextSibling);
    pre.parentNode.insertBefore(status, button.nextSibling);
  });
}());
