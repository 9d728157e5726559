// Flashcards: one card at a time, turned with Space or Enter, and a Leitner schedule kept in this
// browser. Box 1 comes back every day, box 2 every 2 days, box 3 every 4, box 4 every 8 and
// box 5 every 16. A known card moves up one box; a missed card goes back to box 1 and comes
// round again in the same session. Without this
// script every card on the page still opens to show its answer.
(function () {
  "use strict";

  var store = window.MLASite.storage("mla-flashcards-v1");
  var BOXES = 5;

  function load() {
    return store.load({});
  }

  function save(state) {
    store.save(state);
  }

  function today() {
    return Math.floor(Date.now() / 86400000); // days since 1970, in UTC
  }

  function due(entry) {
    if (!entry) {
      return true; // a new card is due at once
    }
    return today() - entry.seen >= Math.pow(2, entry.box - 1);
  }

  var el = window.MLASite.el;

  function init() {
    var deckBox = document.querySelector(".md-content .flashcards");
    if (!deckBox || deckBox.dataset.ready) {
      return;
    }
    deckBox.dataset.ready = "true";
    var cards = Array.prototype.map.call(deckBox.querySelectorAll(".flashcard"), function (d) {
      return {
        id: d.dataset.card,
        deck: d.dataset.deck,
        front: d.querySelector(".card-front").textContent,
        back: d.querySelector(".card-back").textContent,
      };
    });
    var state = load();
    var decks = [];
    cards.forEach(function (c) {
      if (decks.indexOf(c.deck) < 0) {
        decks.push(c.deck);
      }
    });

    var drill = el("section", "flashcard-drill");
    drill.setAttribute("aria-label", "Flashcard drill");
    var controls = el("p", "flashcard-controls");
    var label = el("label", "", "Deck ");
    var select = el("select", "flashcard-deck-choice");
    ["All decks"].concat(decks).forEach(function (name, i) {
      var option = el("option", "", name);
      option.value = i === 0 ? "" : name;
      select.appendChild(option);
    });
    label.appendChild(select);
    controls.appendChild(label);
    var reset = el("button", "md-button flashcard-reset", "Reset my boxes");
    reset.type = "button";
    controls.appendChild(document.createTextNode(" "));
    controls.appendChild(reset);
    var status = el("p", "flashcard-status");
    status.setAttribute("role", "status");
    var face = el("button", "flashcard-face");
    face.type = "button";
    var side = el("span", "flashcard-side");
    var text = el("span", "flashcard-text");
    face.appendChild(side);
    face.appendChild(text);
    var answers = el("p", "flashcard-answers");
    var knew = el("button", "md-button md-button--primary flashcard-knew", "I knew it");
    var missed = el("button", "md-button flashcard-missed", "Not yet");
    knew.type = missed.type = "button";
    answers.appendChild(knew);
    answers.appendChild(document.createTextNode(" "));
    answers.appendChild(missed);
    answers.hidden = true;
    [controls, status, face, answers].forEach(function (node) {
      drill.appendChild(node);
    });
    deckBox.parentNode.insertBefore(drill, deckBox);

    var current = null;
    var turned = false;

    function pool() {
      return cards.filter(function (c) {
        return !select.value || c.deck === select.value;
      });
    }

    function boxes() {
      var counts = [0, 0, 0, 0, 0];
      pool().forEach(function (c) {
        counts[(state[c.id] ? state[c.id].box : 1) - 1] += 1;
      });
      return counts;
    }

    function show() {
      var waiting = pool().filter(function (c) {
        return due(state[c.id]);
      });
      var counts = boxes();
      var summary = counts
        .map(function (n, i) {
          return "box " + (i + 1) + ": " + n;
        })
        .join(", ");
      current = waiting[0] || null;
      turned = false;
      answers.hidden = true;
      if (!current) {
        side.textContent = "";
        text.textContent = "No card is due in this deck today. Come back tomorrow.";
        face.disabled = true;
        status.textContent = "0 cards due. " + summary + ".";
        return;
      }
      face.disabled = false;
      side.textContent = current.deck + " · question";
      text.textContent = current.front;
      face.dataset.card = current.id;
      status.textContent = waiting.length + " cards due. " + summary + ".";
    }

    function turn() {
      if (!current) {
        return;
      }
      turned = !turned;
      side.textContent = current.deck + (turned ? " · answer" : " · question");
      text.textContent = turned ? current.back : current.front;
      answers.hidden = !turned;
      if (turned) {
        knew.focus();
      }
    }

    function grade(known) {
      var entry = state[current.id] || { box: 1, seen: today() };
      entry.box = known ? Math.min(entry.box + 1, BOXES) : 1;
      // A missed card stays due and goes to the back of the queue, to come round again today.
      entry.seen = known ? today() : today() - 1;
      state[current.id] = entry;
      if (!known) {
        cards.push(cards.splice(cards.indexOf(current), 1)[0]);
      }
      save(state);
      show();
      face.focus();
    }

    face.addEventListener("click", turn); // a button: Space and Enter click it
    knew.addEventListener("click", function () {
      grade(true);
    });
    missed.addEventListener("click", function () {
      grade(false);
    });
    select.addEventListener("change", show);
    reset.addEventListener("click", function () {
      state = {};
      save(state);
      show();
    });
    show();
  }

  window.MLASite.onEveryPage(init);
})();
