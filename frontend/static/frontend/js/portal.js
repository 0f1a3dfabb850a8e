/* Progressive enhancements of the public site. Every page works without this file:
   - the header's search button is a link to the search page; here it unfolds the
     search field in place (phones);
   - filter panels are <details> closed by default, so that results come first on
     phones; here they open on wide screens, where they sit beside the results;
   - a form's error summary gets the focus (the autofocus attribute does it too in
     browsers that support it on any element), and its links focus their field. */
(function () {
  "use strict";

  // The header search on phones.
  var toggle = document.querySelector(".search-toggle[data-controls]");
  var bar = toggle && toggle.closest(".header-bar");
  var form = toggle && document.getElementById(toggle.getAttribute("data-controls"));
  if (toggle && bar && form) {
    var input = form.querySelector("input[type=search]");
    toggle.setAttribute("role", "button");
    toggle.setAttribute("aria-controls", form.id);
    toggle.setAttribute("aria-expanded", "false");
    var setOpen = function (open) {
      bar.classList.toggle("search-open", open);
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      if (open && input) input.focus();
    };
    toggle.addEventListener("click", function (event) {
      event.preventDefault();
      setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });
    toggle.addEventListener("keydown", function (event) {
      // A link that acts as a button answers the space bar too.
      if (event.key === " ") {
        event.preventDefault();
        toggle.click();
      }
    });
    form.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && bar.classList.contains("search-open")) {
        setOpen(false);
        toggle.focus();
      }
    });
  }

  // Filter panels: open beside the results on wide screens.
  var wide = window.matchMedia ? window.matchMedia("(min-width: 60rem)") : null;
  if (wide && wide.matches) {
    document.querySelectorAll("details.filter-panel").forEach(function (panel) {
      panel.open = true;
    });
  }

  // The error summary of a form.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    if (document.activeElement !== summary) summary.focus();
    summary.addEventListener("click", function (event) {
      var link = event.target.closest("a[href^='#']");
      if (!link) return;
      var field = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (!field) return;
      event.preventDefault();
      var label = document.querySelector("label[for='" + field.id + "']");
      var group = field.closest("fieldset");
      var legend = group && group.querySelector("legend");
      (legend || label || field).scrollIntoView({ block: "start" });
      field.focus({ preventScroll: true });
    });
  }
})();
