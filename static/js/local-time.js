// Shows each <time data-local> also in the visitor's own time zone, beside the edition's.
document.querySelectorAll("time[data-local]").forEach(function (element) {
  var moment = new Date(element.getAttribute("datetime"));
  if (isNaN(moment)) return;
  var local = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
    dateStyle: "long",
    timeStyle: "short",
  }).format(moment);
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var note = document.createElement("span");
  note.className = "muted local-time";
  note.textContent = " · " + local + " (" + zone + ")";
  element.insertAdjacentElement("afterend", note);
});
