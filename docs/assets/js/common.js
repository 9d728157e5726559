// Shared by the site's scripts (loaded first): state saved in this browser, and code to run on
// every page. Material's instant navigation swaps pages without a reload, so page code follows
// its document$ stream when there is one.
(function () {
  "use strict";

  function storage(key) {
    return {
      load: function (fallback) {
        try {
          var value = JSON.parse(window.localStorage.getItem(key));
          return value === null ? fallback : value;
        } catch (e) {
          return fallback;
        }
      },
      save: function (value) {
        try {
          window.localStorage.setItem(key, JSON.stringify(value));
        } catch (e) {
          /* private mode or storage full: the page still works, the state is just not kept */
        }
      },
    };
  }

  // A new element with a class and, optionally, its text (never HTML).
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function onEveryPage(init) {
    if (window.document$ && typeof window.document$.subscribe === "function") {
      window.document$.subscribe(init);
    } else if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", init);
    } else {
      init();
    }
  }

  window.MLASite = { storage: storage, el: el, onEveryPage: onEveryPage };
})();
