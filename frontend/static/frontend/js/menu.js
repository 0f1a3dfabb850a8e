/* Progressive enhancement of the main menu's scrollable row on phones: bring a
   link that gets keyboard focus fully into view (browsers only scroll when it is
   entirely hidden). Without this script the row still scrolls by touch. */
(function () {
  "use strict";
  var nav = document.querySelector(".main-nav");
  if (!nav) return;
  nav.addEventListener("focusin", function (event) {
    if (event.target.scrollIntoView) {
      event.target.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  });
})();
