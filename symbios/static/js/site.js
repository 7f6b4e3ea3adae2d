// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    document.documentElement.classList.replace("no-js", "js");

    // Collapse the main navigation behind a toggle on small screens.
    var header = document.querySelector(".site-header");
    var toggle = header && header.querySelector(".nav-toggle");
    if (toggle) {
        toggle.hidden = false;
        toggle.setAttribute("aria-expanded", "false");
        header.setAttribute("data-menu", "closed");
        toggle.addEventListener("click", function () {
            var open = toggle.getAttribute("aria-expanded") === "true";
            toggle.setAttribute("aria-expanded", String(!open));
            header.setAttribute("data-menu", open ? "closed" : "open");
        });
    }
})();
