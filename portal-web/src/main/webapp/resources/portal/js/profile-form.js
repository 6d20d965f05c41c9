/*
 * The profile form: the sections only a TOS fills in ([data-kind-only="TOS"]) are shown while the kind select
 * ([data-kind-switch]) says TOS. Without JavaScript every section stays visible, and the server ignores TOS
 * fields of an NGO.
 */
(function () {
    "use strict";
    function update(select) {
        var kind = select.value;
        document.querySelectorAll("[data-kind-only]").forEach(function (section) {
            section.hidden = section.getAttribute("data-kind-only") !== kind;
        });
    }
    function init() {
        var select = document.querySelector("[data-kind-switch]");
        if (!select) {
            return;
        }
        update(select);
        select.addEventListener("change", function () { update(select); });
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
