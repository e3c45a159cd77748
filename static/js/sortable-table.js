// Sorts a table.sortable by the column whose heading button is pressed (keyboard friendly).
document.querySelectorAll("table.sortable").forEach(function (table) {
  var headers = table.querySelectorAll("thead th");
  headers.forEach(function (th, column) {
    var button = th.querySelector("button");
    if (!button) return;
    button.addEventListener("click", function () {
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column], y = b.cells[column];
        var vx = x.dataset.value !== undefined ? parseFloat(x.dataset.value) : x.textContent.trim();
        var vy = y.dataset.value !== undefined ? parseFloat(y.dataset.value) : y.textContent.trim();
        var order = typeof vx === "number" ? vx - vy : String(vx).localeCompare(String(vy));
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
