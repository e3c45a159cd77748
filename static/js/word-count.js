// Shows, under each text with a word limit, how many words it has: live, and announced politely.
document.querySelectorAll("textarea[data-word-limit]").forEach(function (area) {
  var limit = parseInt(area.dataset.wordLimit, 10);
  var counter = document.createElement("p");
  counter.className = "muted word-count";
  counter.id = area.id + "_count";
  counter.setAttribute("aria-live", "polite");
  area.insertAdjacentElement("afterend", counter);
  var described = (area.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
  described.push(counter.id);
  area.setAttribute("aria-describedby", described.join(" "));
  var template = document.documentElement.dataset.wordCount || "{words} / {limit}";
  function update() {
    var words = area.value.trim() ? area.value.trim().split(/\s+/).length : 0;
    counter.textContent = template.replace("{words}", words).replace("{limit}", limit);
    counter.classList.toggle("over", words > limit);
  }
  area.addEventListener("input", update);
  update();
});
