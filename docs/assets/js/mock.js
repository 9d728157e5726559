// The mock exam: draw questions by domain weight from the bank on the page, keep the attempt in
// this browser, an optional countdown, and a result by domain and task statement at the end.
// No framework and nothing from another origin; answer checking comes from practice.js.
(function () {
  "use strict";

  var store = window.MLASite.storage("mla-mock-v1");
  var clock = null; // the countdown's interval, cleared when the page changes

  function load() {
    return store.load(null);
  }

  function save(state) {
    store.save(state);
  }

  function shuffle(list) {
    for (var i = list.length - 1; i > 0; i -= 1) {
      var j = Math.floor(Math.random() * (i + 1));
      var swap = list[i];
      list[i] = list[j];
      list[j] = swap;
    }
    return list;
  }

  function domainOf(item) {
    return item.querySelector("form.question").dataset.task.split(".")[0];
  }

  // "1:18,2:17,..." -> [["1", 18], ["2", 17], ...], the counts computed at build time.
  function plan(panel) {
    return panel.dataset.draw.split(",").map(function (part) {
      var pair = part.split(":");
      return [pair[0], parseInt(pair[1], 10)];
    });
  }

  var el = window.MLASite.el;

  function restore(form, value) {
    if (value === undefined || value === "") {
      return;
    }
    var type = form.dataset.type;
    if (type === "multiple-choice" || type === "multiple-response") {
      value.split(",").forEach(function (id) {
        var input = form.querySelector('input[value="' + id + '"]');
        if (input) {
          input.checked = true;
        }
      });
      return;
    }
    var parts = value.split(type === "matching" ? "|" : ",");
    form.querySelectorAll("select").forEach(function (select, i) {
      select.value = parts[i] || "";
    });
  }

  function percent(right, total) {
    return total ? Math.round((100 * right) / total) + "%" : "–";
  }

  function resultTable(caption, firstColumn, rows) {
    var box = el("div", "table-scroll");
    box.setAttribute("role", "region");
    box.setAttribute("tabindex", "0");
    box.setAttribute("aria-label", caption);
    var table = el("table");
    table.appendChild(el("caption", "", caption));
    var head = el("tr");
    [firstColumn, "Questions", "Right", "Score"].forEach(function (name) {
      var th = el("th", "", name);
      th.setAttribute("scope", "col");
      head.appendChild(th);
    });
    var thead = el("thead");
    thead.appendChild(head);
    table.appendChild(thead);
    var body = el("tbody");
    rows.forEach(function (r) {
      var tr = el("tr");
      tr.dataset.part = r.key;
      var th = el("th", "", r.label);
      th.setAttribute("scope", "row");
      tr.appendChild(th);
      [String(r.total), String(r.right), percent(r.right, r.total)].forEach(function (text) {
        tr.appendChild(el("td", "num", text));
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    box.appendChild(table);
    return box;
  }

  function init() {
    if (clock) {
      window.clearInterval(clock);
      clock = null;
    }
    var root = document.querySelector(".md-content");
    var panel = root && root.querySelector(".mock-exam");
    var bank = root && root.querySelector(".mock-bank");
    if (!panel || !bank || !window.MLAPractice || panel.dataset.ready) {
      return;
    }
    panel.dataset.ready = "true";
    var check = window.MLAPractice;
    var size = parseInt(panel.dataset.size, 10);
    var minutes = parseInt(panel.dataset.minutes, 10);
    var items = {};
    bank.querySelectorAll(".q-item").forEach(function (item) {
      items[item.dataset.qid] = item;
    });
    var state = load();

    panel.querySelector(".mock-nojs").hidden = true;
    var start = el("div", "mock-start");
    var timerLabel = el("label", "mock-timer-choice");
    var timerBox = el("input", "mock-timer-on");
    timerBox.type = "checkbox";
    timerLabel.appendChild(timerBox);
    timerLabel.appendChild(document.createTextNode(" Use a " + minutes + "-minute timer"));
    var startButton = el("button", "md-button md-button--primary mock-start-button", "Start a new mock exam");
    startButton.type = "button";
    start.appendChild(el("p", "mock-resume"));
    start.appendChild(timerLabel);
    start.appendChild(document.createTextNode(" "));
    start.appendChild(startButton);
    var status = el("p", "mock-status");
    status.setAttribute("role", "status");
    status.setAttribute("tabindex", "-1");
    var timer = el("p", "mock-clock");
    timer.setAttribute("role", "timer");
    timer.hidden = true;
    var results = el("section", "mock-results");
    results.setAttribute("tabindex", "-1");
    results.setAttribute("aria-labelledby", "mock-results-title");
    results.hidden = true;
    panel.appendChild(start);
    panel.appendChild(status);
    panel.appendChild(timer);
    panel.appendChild(results);

    var finishBar = el("div", "mock-finish");
    var finishButton = el("button", "md-button md-button--primary mock-finish-button", "Finish and score");
    finishButton.type = "button";
    var finishNote = el("span", "mock-finish-note");
    finishNote.setAttribute("role", "status");
    finishBar.appendChild(finishButton);
    finishBar.appendChild(document.createTextNode(" "));
    finishBar.appendChild(finishNote);
    finishBar.hidden = true;
    bank.parentNode.insertBefore(finishBar, bank.nextSibling);

    function drawn() {
      return state.ids.map(function (id) {
        return items[id];
      });
    }

    function answeredCount() {
      return drawn().filter(function (item) {
        return check.complete(item.querySelector("form.question"));
      }).length;
    }

    function showProgress() {
      status.textContent = state.finished
        ? "Attempt finished. Its result is below; start a new mock exam when you are ready."
        : "Answered " + answeredCount() + " of " + state.ids.length + ".";
    }

    function tick() {
      var left = state.deadline - Date.now();
      if (left <= 0) {
        finish(true);
        return;
      }
      var total = Math.ceil(left / 1000);
      var mm = Math.floor(total / 60);
      var ss = total % 60;
      timer.textContent = "Time left: " + mm + " min " + (ss < 10 ? "0" : "") + ss + " s";
    }

    function grade() {
      var rows = { domains: {}, tasks: {} };
      var right = 0;
      drawn().forEach(function (item) {
        var form = item.querySelector("form.question");
        var correct = check.complete(form) && check.given(form) === form.dataset.answer;
        var task = form.dataset.task;
        var domain = task.split(".")[0];
        [["domains", domain], ["tasks", task]].forEach(function (pair) {
          var r = (rows[pair[0]][pair[1]] = rows[pair[0]][pair[1]] || { total: 0, right: 0 });
          r.total += 1;
          r.right += correct ? 1 : 0;
        });
        right += correct ? 1 : 0;
        item.dataset.correct = correct ? "true" : "false";
        var note = form.querySelector(".q-feedback");
        note.hidden = false;
        if (check.complete(form)) {
          check.showFeedback(form, correct, false);
        } else {
          note.textContent = "✗ Not answered (counts as wrong).";
          note.className = "q-feedback q-wrong";
        }
        item.querySelectorAll("details").forEach(function (d) {
          d.hidden = false;
        });
        form.querySelector("fieldset").disabled = true;
      });
      return { right: right, rows: rows };
    }

    function showResults(outcome) {
      results.textContent = "";
      var title = el("h2", "", "Your result");
      title.id = "mock-results-title";
      results.appendChild(title);
      var total = state.ids.length;
      var summary =
        "You answered " + outcome.right + " of " + total + " questions right (" + percent(outcome.right, total) + ")." +
        (state.timeUp ? " Time ran out, so the attempt was scored as it stood." : "");
      results.appendChild(el("p", "mock-score", summary));
      function rowsOf(group, label) {
        return Object.keys(group).sort().map(function (key) {
          return { key: key, label: label + key, total: group[key].total, right: group[key].right };
        });
      }
      results.appendChild(resultTable("Result by domain", "Domain", rowsOf(outcome.rows.domains, "Domain ")));
      results.appendChild(resultTable("Result by task statement", "Task statement", rowsOf(outcome.rows.tasks, "Task ")));
      var missedLabel = el("label", "mock-missed-choice");
      var missed = el("input", "mock-missed");
      missed.type = "checkbox";
      missedLabel.appendChild(missed);
      missedLabel.appendChild(document.createTextNode(" Show only the questions I got wrong"));
      missed.addEventListener("change", function () {
        drawn().forEach(function (item) {
          item.hidden = missed.checked && item.dataset.correct === "true";
        });
      });
      results.appendChild(el("p", "", "Every question below now shows its answer and explanations."));
      results.appendChild(missedLabel);
      results.hidden = false;
    }

    function finish(timeUp) {
      if (state.finished) {
        return;
      }
      if (!timeUp) {
        var open = state.ids.length - answeredCount();
        if (open > 0 && !finishButton.dataset.confirm) {
          finishButton.dataset.confirm = "true";
          finishNote.textContent =
            open + " question(s) not answered; they will count as wrong. Select Finish and score again to finish.";
          return;
        }
      }
      if (clock) {
        window.clearInterval(clock);
        clock = null;
      }
      state.finished = true;
      state.timeUp = Boolean(timeUp);
      save(state);
      timer.hidden = true;
      finishBar.hidden = true;
      showResults(grade());
      showProgress();
      results.focus();
    }

    function show() {
      Object.keys(items).forEach(function (id) {
        items[id].hidden = true;
      });
      bank.hidden = false;
      drawn().forEach(function (item, i) {
        bank.appendChild(item); // the drawn order, mixed across domains
        item.hidden = false;
        var form = item.querySelector("form.question");
        var meta = form.querySelector(".q-meta");
        meta.textContent = "Question " + (i + 1) + " of " + state.ids.length + meta.textContent.slice(meta.textContent.indexOf(" ·"));
        if (!form.querySelector(".q-feedback")) {
          var note = el("p", "q-feedback");
          note.setAttribute("role", "status");
          form.querySelector("fieldset").appendChild(note);
        }
        form.querySelector(".q-feedback").hidden = true;
        item.querySelectorAll("details").forEach(function (d) {
          d.hidden = true; // no peeking at the answer before the end
        });
        restore(form, state.answers[item.dataset.qid]);
      });
      finishBar.hidden = state.finished;
      timer.hidden = state.finished || !state.deadline;
      start.querySelector(".mock-resume").textContent = state.finished
        ? ""
        : "An attempt is in progress; a new one replaces it.";
      if (state.finished) {
        showResults(grade());
      } else if (state.deadline) {
        clock = window.setInterval(tick, 1000);
        tick(); // finishes at once (and stops the interval) if time ran out while away
      }
      showProgress();
    }

    function begin() {
      var shortfall = [];
      var ids = [];
      plan(panel).forEach(function (pair) {
        var pool = Object.keys(items).filter(function (id) {
          return domainOf(items[id]) === pair[0];
        });
        if (pool.length < pair[1]) {
          shortfall.push("Domain " + pair[0] + " has only " + pool.length + " of its " + pair[1]);
        }
        ids = ids.concat(shuffle(pool).slice(0, pair[1]));
      });
      Object.keys(items).forEach(function (id) {
        var form = items[id].querySelector("form.question");
        form.reset();
        form.querySelector("fieldset").disabled = false;
        delete items[id].dataset.correct;
      });
      results.hidden = true;
      finishNote.textContent = "";
      delete finishButton.dataset.confirm;
      state = {
        ids: shuffle(ids),
        answers: {},
        started: Date.now(),
        deadline: timerBox.checked ? Date.now() + minutes * 60000 : null,
        finished: false,
        timeUp: false,
      };
      save(state);
      show();
      if (shortfall.length) {
        status.textContent += " The bank is still growing: " + shortfall.join("; ") + " questions.";
      }
      status.focus();
    }

    bank.addEventListener("change", function (event) {
      var item = event.target.closest(".q-item");
      if (!item || !state || state.finished) {
        return;
      }
      state.answers[item.dataset.qid] = check.given(item.querySelector("form.question"));
      save(state);
      delete finishButton.dataset.confirm;
      finishNote.textContent = "";
      showProgress();
    });
    bank.addEventListener("submit", function (event) {
      event.preventDefault(); // Enter in a form must not reload the page
    });
    startButton.addEventListener("click", begin);
    finishButton.addEventListener("click", function () {
      finish(false);
    });

    if (state && state.ids && state.ids.length && state.ids.every(function (id) {
      return items[id];
    })) {
      show();
    } else {
      state = null;
      status.textContent = "Ready: " + size + " questions when you start.";
    }
  }

  window.MLASite.onEveryPage(init);
})();
