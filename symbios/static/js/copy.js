// "Copy" buttons for read-only fields (progressive enhancement: without JavaScript
// the button stays hidden and the field can be selected and copied by hand).
(function () {
    "use strict";
    document.querySelectorAll("[data-copy-target]").forEach(function (button) {
        var field = document.getElementById(button.getAttribute("data-copy-target"));
        if (!field || !navigator.clipboard) {
            return;
        }
        var label = button.textContent;
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(field.value).then(function () {
                button.textContent = button.getAttribute("data-copied-label");
                window.setTimeout(function () { button.textContent = label; }, 2500);
            }, function () {
                field.select();
            });
        });
    });
})();
