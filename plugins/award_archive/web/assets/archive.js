// Sortable tables: a column sorts by each cell's data-sort (or its text), numbers
// numerically, Chinese text by the browser's zh collation.
(function () {
  "use strict";
  var collator = new Intl.Collator("zh-CN", { numeric: true });
  function key(cell) {
    return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
  }
  function sortBy(table, index, type, descending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a.cells[index]), y = key(b.cells[index]), r;
      if (type === "number") {
        var nx = x === "" ? Infinity : Number(x), ny = y === "" ? Infinity : Number(y);
        r = nx === ny ? 0 : nx < ny ? -1 : 1;
      } else {
        r = collator.compare(x, y);
      }
      return descending ? -r : r;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  function setup(table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, index) {
      var button = th.querySelector(".aa-sort") || th;
      button.addEventListener("click", function () {
        var descending = th.getAttribute("aria-sort") === "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        sortBy(table, index, th.getAttribute("data-sort-type") || "text", descending);
      });
    });
  }
  function init() {
    document.querySelectorAll("table[data-aa-sortable]").forEach(setup);
  }
  if (typeof document$ !== "undefined") { document$.subscribe(init); } else { document.addEventListener("DOMContentLoaded", init); }
})();
