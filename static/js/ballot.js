// A juror's preferential ballot (evaluation/templates/evaluation/ballot.html).
//
// Without this script the page is a form: a place number per finalist (equal numbers are a
// tie) and a box to leave it off. With it, the finalists become a list ordered by keyboard
// (buttons: move up, move down, tie with the one above, untie, leave off, put back) or by
// dragging, and the form's numbers and boxes are kept in step: the page posts exactly what it
// posts without the script. Every change is announced in the status region (aria-live).
(function () {
  "use strict";

  var form = document.getElementById("ballot-form");
  if (!form) return;
  var list = document.getElementById("ballot-list");
  var offZone = document.getElementById("left-off-zone");
  var offList = document.getElementById("left-off-list");
  var status = document.getElementById("ballot-status");
  var text = form.dataset;

  var items = {}; // candidacy id → its <li>
  var groups = []; // the places, best first: each a list of ids (several: a tie)
  var off = []; // ids left off the ballot
  var dragged = null;

  function say(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : whole;
    });
  }

  function announce(message) {
    status.textContent = message;
  }

  function placeInput(li) {
    return li.querySelector('input[name^="rank-"]');
  }

  function offBox(li) {
    return li.querySelector('input[name^="off-"]');
  }

  function title(id) {
    return items[id].dataset.title;
  }

  // The ballot as the form holds it: places by number, ties on equal numbers, the boxes.
  function read() {
    var entries = [];
    Array.prototype.forEach.call(list.querySelectorAll("li.ballot-item"), function (li, index) {
      var id = li.dataset.id;
      items[id] = li;
      if (offBox(li).checked) {
        off.push(id);
        return;
      }
      var place = parseInt(placeInput(li).value, 10);
      entries.push({ id: id, place: isNaN(place) ? Infinity : place, index: index });
    });
    entries.sort(function (a, b) {
      return a.place - b.place || a.index - b.index;
    });
    var last = null;
    entries.forEach(function (entry) {
      if (entry.place !== Infinity && last !== null && entry.place === last) {
        groups[groups.length - 1].push(entry.id);
      } else {
        groups.push([entry.id]);
      }
      last = entry.place;
    });
  }

  function locate(id) {
    for (var g = 0; g < groups.length; g++) {
      var k = groups[g].indexOf(id);
      if (k !== -1) return { g: g, k: k };
    }
    return null;
  }

  function take(id) {
    var at = locate(id);
    if (at) {
      groups[at.g].splice(at.k, 1);
      if (!groups[at.g].length) groups.splice(at.g, 1);
      return;
    }
    var index = off.indexOf(id);
    if (index !== -1) off.splice(index, 1);
  }

  function button(action, label, id) {
    var element = document.createElement("button");
    element.type = "button";
    element.className = "secondary";
    element.dataset.action = action;
    element.appendChild(document.createTextNode(label));
    var hidden = document.createElement("span");
    hidden.className = "visually-hidden";
    hidden.textContent = " — " + title(id);
    element.appendChild(hidden);
    return element;
  }

  function buttons(li, actions) {
    var holder = li.querySelector(".ballot-buttons");
    if (!holder) {
      holder = document.createElement("span");
      holder.className = "ballot-buttons";
      li.appendChild(holder);
    }
    holder.textContent = "";
    actions.forEach(function (action) {
      holder.appendChild(button(action[0], action[1], li.dataset.id));
    });
  }

  function render() {
    groups.forEach(function (group, g) {
      group.forEach(function (id, k) {
        var li = items[id];
        list.appendChild(li);
        li.setAttribute("draggable", "true");
        li.classList.toggle("tied", group.length > 1);
        li.classList.toggle("tie-continues", k > 0);
        var place = say(text.place, { place: g + 1 });
        li.querySelector(".ballot-place").textContent =
          group.length > 1 ? place + " (" + text.tied + ")" : place;
        placeInput(li).value = String(g + 1);
        offBox(li).checked = false;
        buttons(li, [
          ["up", text.moveUp],
          ["down", text.moveDown],
          group.length > 1 ? ["untie", text.untie] : ["tie", text.tie],
          ["leave", text.leaveOff],
        ]);
        if (g === 0 && group.length === 1) {
          li.querySelector('[data-action="tie"]').disabled = true;
        }
      });
    });
    off.forEach(function (id) {
      var li = items[id];
      offList.appendChild(li);
      li.setAttribute("draggable", "true");
      li.classList.remove("tied", "tie-continues");
      li.querySelector(".ballot-place").textContent = "";
      placeInput(li).value = "";
      offBox(li).checked = true;
      buttons(li, [["back", text.putBack]]);
    });
  }

  function placeOf(id) {
    var at = locate(id);
    return { place: at.g + 1, count: groups.length, title: title(id) };
  }

  // The keyboard's actions; each returns what to announce.
  var actions = {
    up: function (id) {
      var at = locate(id);
      if (groups[at.g].length > 1) {
        groups[at.g].splice(at.k, 1);
        groups.splice(at.g, 0, [id]);
      } else if (at.g === 0) {
        return say(text.saidFirst, { title: title(id) });
      } else {
        groups.splice(at.g, 1);
        groups.splice(at.g - 1, 0, [id]);
      }
      return say(text.saidMoved, placeOf(id));
    },
    down: function (id) {
      var at = locate(id);
      if (groups[at.g].length > 1) {
        groups[at.g].splice(at.k, 1);
        groups.splice(at.g + 1, 0, [id]);
      } else if (at.g === groups.length - 1) {
        return say(text.saidLast, { title: title(id) });
      } else {
        groups.splice(at.g, 1);
        groups.splice(at.g + 1, 0, [id]);
      }
      return say(text.saidMoved, placeOf(id));
    },
    tie: function (id) {
      var at = locate(id);
      if (at.g === 0) return say(text.saidFirst, { title: title(id) });
      var above = groups[at.g - 1];
      var other = title(above[above.length - 1]);
      take(id);
      above.push(id);
      return say(text.saidTied, { title: title(id), other: other, place: placeOf(id).place });
    },
    untie: function (id) {
      var at = locate(id);
      groups[at.g].splice(at.k, 1);
      groups.splice(at.g + 1, 0, [id]);
      return say(text.saidUntied, placeOf(id));
    },
    leave: function (id) {
      take(id);
      off.push(id);
      return say(text.saidLeftOff, { title: title(id) });
    },
    back: function (id) {
      take(id);
      groups.push([id]);
      return say(text.saidPutBack, placeOf(id));
    },
  };

  function focusAfter(id, action) {
    var li = items[id];
    var again = li.querySelector('[data-action="' + action + '"]:not([disabled])');
    var first = li.querySelector("button:not([disabled])");
    (again || first || li).focus();
  }

  form.addEventListener("click", function (event) {
    var target = event.target.closest("button[data-action]");
    if (!target || !form.contains(target)) return;
    var id = target.closest("li.ballot-item").dataset.id;
    var action = target.dataset.action;
    var message = actions[action](id);
    render();
    announce(message);
    focusAfter(id, action);
  });

  // Dragging: a finalist dropped on another takes its place (above it when coming from
  // below, below it when coming from above); dropped on the list's free space it goes last;
  // dropped on "left off" it leaves the ballot.
  function flatIndex(id) {
    var index = 0;
    for (var g = 0; g < groups.length; g++) {
      var k = groups[g].indexOf(id);
      if (k !== -1) return index + k;
      index += groups[g].length;
    }
    return -1;
  }

  function dropTarget(element) {
    var li = element.closest ? element.closest("li.ballot-item") : null;
    if (li && li.dataset.id !== dragged) return { li: li };
    if (element.closest && element.closest("#left-off-zone")) return { off: true };
    if (element.closest && element.closest("#ballot-list")) return { end: true };
    return null;
  }

  function clearMarks() {
    Array.prototype.forEach.call(form.querySelectorAll(".drop-here"), function (element) {
      element.classList.remove("drop-here");
    });
  }

  function drop(id, target) {
    if (target.off) {
      take(id);
      off.push(id);
      return say(text.saidLeftOff, { title: title(id) });
    }
    if (target.end) {
      take(id);
      groups.push([id]);
      return say(text.saidMoved, placeOf(id));
    }
    var onto = target.li.dataset.id;
    if (off.indexOf(onto) !== -1) {
      take(id);
      off.push(id);
      return say(text.saidLeftOff, { title: title(id) });
    }
    var from = flatIndex(id);
    var to = flatIndex(onto);
    take(id);
    var at = locate(onto);
    groups.splice(from !== -1 && from < to ? at.g + 1 : at.g, 0, [id]);
    return say(text.saidMoved, placeOf(id));
  }

  form.addEventListener("dragstart", function (event) {
    var li = event.target.closest ? event.target.closest("li.ballot-item") : null;
    if (!li) return;
    dragged = li.dataset.id;
    li.classList.add("dragging");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", dragged);
  });

  form.addEventListener("dragover", function (event) {
    if (dragged === null) return;
    var target = dropTarget(event.target);
    if (!target) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    clearMarks();
    (target.li || (target.off ? offZone : list)).classList.add("drop-here");
  });

  form.addEventListener("drop", function (event) {
    if (dragged === null) return;
    var target = dropTarget(event.target);
    if (!target) return;
    event.preventDefault();
    var id = dragged;
    var message = drop(id, target);
    render();
    announce(message);
  });

  form.addEventListener("dragend", function () {
    if (dragged !== null && items[dragged]) items[dragged].classList.remove("dragging");
    dragged = null;
    clearMarks();
  });

  read();
  form.classList.add("ballot-enhanced");
  offZone.hidden = false;
  render();
})();
