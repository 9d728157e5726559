// Practice questions: check an answer, keep score, remember progress in this browser.
// No framework and nothing from another origin. Without this script every question still
// works: its answer and explanations sit in the collapsible block under it.
(function () {
  "use strict";

  var store = window.MLASite.storage("mla-practice-v1");

  function load() {
    return store.load({});
  }

  function save(results) {
    store.save(results);
  }

  // What the learner chose, in the same shape as data-answer.
  function given(form) {
    var type = form.dataset.type;
    if (type === "multiple-choice" || type === "multiple-response") {
      var ids = [];
      form.querySelectorAll("input:checked").forEach(function (input) {
        ids.push(input.value);
      });
      return ids.sort().join(",");
    }
    var values = [];
    form.querySelectorAll("select").forEach(function (select) {
      values.push(select.value);
    });
    return values.join(type === "matching" ? "|" : ",");
  }

  function complete(form) {
    if (form.dataset.type === "multiple-choice" || form.dataset.type === "multiple-response") {
      return form.querySelector("input:checked") !== null;
    }
    return Array.prototype.every.call(form.querySelectorAll("select"), function (s) {
      return s.value !== "";
    });
  }

  function rightAnswerText(form) {
    var answer = form.dataset.answer;
    if (form.dataset.type === "multiple-choice" || form.dataset.type === "multiple-response") {
      return answer.toUpperCase().split(",").join(", ");
    }
    return "see the answer block below";
  }

  function showFeedback(form, correct, earlier) {
    var note = form.querySelector(".q-feedback");
    // The words carry the result; the colour only repeats it.
    note.textContent = (correct ? "✓ Correct." : "✗ Not quite. Right answer: " + rightAnswerText(form) + ".") +
      (earlier ? " (your last answer)" : "");
    note.className = "q-feedback " + (correct ? "q-right" : "q-wrong");
  }

  function score(root, results) {
    var forms = root.querySelectorAll("form.question");
    var answered = 0;
    var right = 0;
    var byTask = {};
    forms.forEach(function (form) {
      var task = form.dataset.task;
      byTask[task] = byTask[task] || { answered: 0, right: 0, total: 0 };
      byTask[task].total += 1;
      var result = results[form.id];
      if (result) {
        answered += 1;
        byTask[task].answered += 1;
        if (result.correct) {
          right += 1;
          byTask[task].right += 1;
        }
      }
    });
    var box = root.querySelector(".practice-score");
    if (!box) {
      return;
    }
    var lines = ["Answered " + answered + " of " + forms.length + " on this page; " + right + " correct."];
    Object.keys(byTask).sort().forEach(function (task) {
      var t = byTask[task];
      lines.push("Task " + task + ": " + t.right + " correct of " + t.answered + " answered (" + t.total + " questions).");
    });
    box.querySelector(".practice-score-text").textContent = lines.join(" ");
  }

  function filterMissed(root, results, onlyMissed) {
    root.querySelectorAll(".q-item").forEach(function (item) {
      var result = results[item.dataset.qid];
      item.hidden = onlyMissed && !(result && !result.correct);
    });
  }

  function addToolbar(root, state) {
    var first = root.querySelector(".q-item");
    if (!first || root.querySelector(".practice-score")) {
      return;
    }
    var box = document.createElement("div");
    box.className = "practice-score";
    box.innerHTML =
      '<p class="practice-score-text" role="status" aria-live="polite"></p>' +
      '<p class="practice-tools"><label><input type="checkbox" class="practice-missed"> ' +
      "Show only questions I answered wrong</label> " +
      '<button type="button" class="md-button practice-reset">Reset this page</button></p>';
    first.parentNode.insertBefore(box, first);
    box.querySelector(".practice-missed").addEventListener("change", function (event) {
      filterMissed(root, state.results, event.target.checked);
    });
    box.querySelector(".practice-reset").addEventListener("click", function () {
      root.querySelectorAll("form.question").forEach(function (form) {
        delete state.results[form.id];
        form.reset();
        var note = form.querySelector(".q-feedback");
        note.textContent = "";
        note.className = "q-feedback";
      });
      save(state.results);
      box.querySelector(".practice-missed").checked = false;
      filterMissed(root, state.results, false);
      score(root, state.results);
    });
  }

  // The progress table (practice overview page): answered and right per task and domain.
  function fillProgress(root, results) {
    var byTask = {};
    Object.keys(results).forEach(function (id) {
      var match = /^q(\d+\.\d+)-/.exec(id);
      if (!match) {
        return;
      }
      var t = (byTask[match[1]] = byTask[match[1]] || { answered: 0, right: 0 });
      t.answered += 1;
      if (results[id].correct) {
        t.right += 1;
      }
    });
    root.querySelectorAll("tr.progress-task, tr.progress-domain").forEach(function (row) {
      var answered = 0;
      var right = 0;
      Object.keys(byTask).forEach(function (task) {
        var mine = row.dataset.task ? task === row.dataset.task : task.split(".")[0] === row.dataset.domain;
        if (mine) {
          answered += byTask[task].answered;
          right += byTask[task].right;
        }
      });
      row.querySelector(".progress-answered").textContent = String(answered);
      row.querySelector(".progress-right").textContent = String(right);
    });
  }

  function init() {
    var root = document.querySelector(".md-content");
    if (root && root.querySelector("tr.progress-task")) {
      fillProgress(root, load());
    }
    // The mock exam page has its own script (mock.js) built on the helpers exported below.
    if (!root || !root.querySelector("form.question") || root.querySelector(".mock-exam")) {
      return;
    }
    var state = { results: load() };
    addToolbar(root, state);
    root.querySelectorAll("form.question").forEach(function (form) {
      if (form.querySelector(".q-check")) {
        return;
      }
      var actions = document.createElement("p");
      actions.className = "q-actions";
      actions.innerHTML =
        '<button type="submit" class="md-button q-check">Check answer</button> ' +
        '<span class="q-feedback" role="status" aria-live="polite"></span>';
      form.querySelector("fieldset").appendChild(actions);
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var note = form.querySelector(".q-feedback");
        if (!complete(form)) {
          note.textContent = "Choose an answer first.";
          note.className = "q-feedback";
          return;
        }
        var correct = given(form) === form.dataset.answer;
        state.results[form.id] = { correct: correct, at: new Date().toISOString() };
        save(state.results);
        showFeedback(form, correct, false);
        score(root, state.results);
      });
      var earlier = state.results[form.id];
      if (earlier) {
        showFeedback(form, earlier.correct, true);
      }
    });
    score(root, state.results);
  }

  window.MLAPractice = { given: given, complete: complete, showFeedback: showFeedback };

  window.MLASite.onEveryPage(init);
})();
