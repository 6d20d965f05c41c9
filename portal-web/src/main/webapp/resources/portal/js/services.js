/*
 * The services' search page, /services: suggestions in the search box, "near me", and the map of the results. The
 * page is complete without this script: the form is a plain GET form, the results a plain list.
 *
 * - The search box (input[data-suggest]) asks its address for names beginning with what was typed (3 letters or
 *   more) and offers them through its <datalist>.
 * - "Near me" (#near-me, shown only when the browser can locate) asks the browser for its location on the reader's
 *   click; the point (rounded to about 100 m) goes only into the address, as the "near" parameter, and the search
 *   is sent again sorted by distance.
 * - The map (#results-map) shows the points of the results (li[data-lat][data-lon] of #services) with a popup
 *   linking to each service. On a narrow screen it stays folded behind a toggle button (#map-toggle).
 */
(function () {
    "use strict";

    function suggestions(input) {
        var list = document.getElementById(input.getAttribute("list"));
        var timer = null;
        var asked = "";
        input.addEventListener("input", function () {
            clearTimeout(timer);
            var typed = input.value.trim();
            if (typed.length < 3 || typed === asked) {
                return;
            }
            timer = setTimeout(function () {
                asked = typed;
                fetch(input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(typed), {
                    headers: { "Accept": "application/json" }
                }).then(function (response) {
                    return response.ok ? response.json() : [];
                }).then(function (names) {
                    while (list.firstChild) {
                        list.removeChild(list.firstChild);
                    }
                    names.forEach(function (name) {
                        var option = document.createElement("option");
                        option.value = name;
                        list.appendChild(option);
                    });
                }).catch(function () { /* no suggestions: the box still works */ });
            }, 200);
        });
    }

    function nearMe(button) {
        if (!navigator.geolocation) {
            return;
        }
        button.hidden = false;
        var status = document.getElementById("near-me-status");
        button.addEventListener("click", function () {
            navigator.geolocation.getCurrentPosition(function (position) {
                var form = button.form || document.getElementById("service-search");
                var select = document.getElementById("near");
                var option = document.createElement("option");
                option.value = position.coords.latitude.toFixed(3) + "," + position.coords.longitude.toFixed(3);
                option.textContent = button.textContent;
                select.appendChild(option);
                select.value = option.value;
                var radius = document.getElementById("radius");
                if (radius && !radius.value) {
                    radius.value = "10";
                }
                var sort = document.getElementById("sort");
                if (sort) {
                    sort.value = "distance";
                }
                form.submit();
            }, function () {
                status.textContent = button.getAttribute("data-error");
            }, { maximumAge: 600000, timeout: 15000 });
        });
    }

    function resultsMap(element, toggle) {
        var items = Array.prototype.slice.call(document.querySelectorAll("#services li[data-lat][data-lon]"))
            .filter(function (item) { return item.getAttribute("data-lat"); });
        if (!window.L || items.length === 0) {
            return;
        }
        var map = null;
        function draw() {
            element.hidden = false;
            if (map) {
                map.invalidateSize();
                return;
            }
            map = L.map(element, { scrollWheelZoom: false });
            L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
                maxZoom: 19,
                attribution: "\u00a9 <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap contributors</a>"
            }).addTo(map);
            var bounds = [];
            items.forEach(function (item) {
                var point = [parseFloat(item.getAttribute("data-lat")), parseFloat(item.getAttribute("data-lon"))];
                var link = document.createElement("a");
                link.href = item.getAttribute("data-href");
                link.textContent = item.getAttribute("data-name");
                L.marker(point, { title: item.getAttribute("data-name"), alt: item.getAttribute("data-name") })
                    .bindPopup(link).addTo(map);
                bounds.push(point);
            });
            map.fitBounds(bounds, { maxZoom: 14, padding: [24, 24] });
        }
        var narrow = window.matchMedia("(max-width: 47.99em)");
        if (!narrow.matches) {
            draw();
            return;
        }
        toggle.hidden = false;
        toggle.addEventListener("click", function () {
            var show = element.hidden;
            if (show) {
                draw();
            } else {
                element.hidden = true;
            }
            toggle.setAttribute("aria-expanded", show ? "true" : "false");
            toggle.textContent = toggle.getAttribute(show ? "data-hide" : "data-show");
        });
    }

    function init() {
        var input = document.querySelector("input[data-suggest]");
        if (input) {
            suggestions(input);
        }
        var button = document.getElementById("near-me");
        if (button) {
            nearMe(button);
        }
        var map = document.getElementById("results-map");
        if (map) {
            resultsMap(map, document.getElementById("map-toggle"));
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();
