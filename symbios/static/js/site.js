// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    document.documentElement.classList.replace("no-js", "js");

    // The small-screen menu: rendered closed (CSS shows it open without scripting), so
    // nothing moves when this runs; the button only opens and closes it.
    var header = document.querySelector(".site-header");
    var toggle = header && header.querySelector(".nav-toggle");
    if (toggle) {
        var setOpen = function (open) {
            toggle.setAttribute("aria-expanded", String(open));
            header.setAttribute("data-menu", open ? "open" : "closed");
        };
        toggle.addEventListener("click", function () {
            setOpen(toggle.getAttribute("aria-expanded") !== "true");
        });
        header.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true"
                    && toggle.offsetParent !== null) {
                setOpen(false);
                toggle.focus();
            }
        });
    }
})();

// Catalogue filters on phones: rendered closed (CSS shows them without scripting); the
// button opens and closes them.
(function () {
    "use strict";
    var catalogue = document.querySelector(".catalogue[data-filters]");
    var toggle = catalogue && catalogue.querySelector(".filter-toggle");
    if (!toggle) { return; }
    toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") !== "true";
        toggle.setAttribute("aria-expanded", String(open));
        catalogue.setAttribute("data-filters", open ? "open" : "closed");
        if (open) { catalogue.querySelector(".filters input, .filters select").focus(); }
    });
})();

// Forms marked data-submit-once: no accidental double submission (the server also
// refuses a repeated quiz token), and the learner sees that the answers are on their way.
(function () {
    "use strict";
    document.querySelectorAll("form[data-submit-once]").forEach(function (form) {
        form.addEventListener("submit", function () {
            form.querySelectorAll("button[type=submit]").forEach(function (button) {
                button.disabled = true;
                button.setAttribute("aria-busy", "true");
                if (button.dataset.busyLabel) { button.textContent = button.dataset.busyLabel; }
            });
        });
    });
    // Quiz: show how many questions are answered before submitting.
    document.querySelectorAll(".quiz__form").forEach(function (form) {
        var questions = form.querySelectorAll(".question");
        var status = form.querySelector(".quiz__progress");
        if (!status || !questions.length) { return; }
        function update() {
            var answered = 0;
            questions.forEach(function (q) { if (q.querySelector("input:checked")) { answered += 1; } });
            status.textContent = status.dataset.template
                .replace("{answered}", answered).replace("{total}", questions.length);
        }
        form.addEventListener("change", update);
        update();
        status.hidden = false;
    });
})();

// Tables in scrolling regions: a tab stop (for scrolling with the arrow keys) only while
// the table is wider than its region; without this file every region keeps its stop.
(function () {
    "use strict";
    var regions = document.querySelectorAll("[data-scroll-region]");
    if (!regions.length) { return; }
    function update() {
        regions.forEach(function (region) {
            if (region.scrollWidth > region.clientWidth + 1) {
                region.setAttribute("tabindex", "0");
            } else if (document.activeElement !== region) {
                region.removeAttribute("tabindex");
            }
        });
    }
    update();
    window.addEventListener("resize", update);
})();
