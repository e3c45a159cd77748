// Never lose typing: every change is kept in this browser until the server has it, and the
// form is saved to the server in the background a few seconds after the last keystroke.
(function () {
  var form = document.getElementById("application-form");
  if (!form) return;
  var key = form.dataset.storageKey;
  var status = document.getElementById("autosave-status");
  var fields = form.querySelectorAll("input[name]:not([type=hidden]), textarea[name], select[name]");
  var timer = null;
  var saved = form.dataset.saved || "Saved";
  var failed = form.dataset.failed || "Not saved yet";

  function snapshot() {
    var data = {};
    fields.forEach(function (field) { data[field.name] = field.value; });
    return data;
  }
  try {
    var kept = JSON.parse(window.localStorage.getItem(key) || "null");
    if (kept) fields.forEach(function (field) {
      if (kept[field.name] !== undefined && kept[field.name] !== field.value) {
        field.value = kept[field.name];
        // Tells the word counters (and this script) that the text changed.
        field.dispatchEvent(new Event("input", { bubbles: true }));
      }
    });
  } catch (e) { /* private browsing: nothing kept */ }

  function save() {
    var body = new FormData(form);
    body.append("go", "stay");
    fetch(form.dataset.autosaveUrl, {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "X-Autosave": "1" },
    }).then(function (response) { return response.json(); }).then(function (answer) {
      if (answer.saved) {
        try { window.localStorage.removeItem(key); } catch (e) {}
        if (status) status.textContent = saved;
      } else if (status) { status.textContent = failed; }
    }).catch(function () { if (status) status.textContent = failed; });
  }
  form.addEventListener("input", function () {
    try { window.localStorage.setItem(key, JSON.stringify(snapshot())); } catch (e) {}
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 4000);
  });
  form.addEventListener("submit", function () {
    window.clearTimeout(timer);
    try { window.localStorage.removeItem(key); } catch (e) {}
  });
})();
