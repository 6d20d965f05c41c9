/*
 * The portal's maps: Leaflet over OpenStreetMap tiles. A page is complete without them (no JavaScript, tiles not
 * reachable): the address is written out, the coordinates are ordinary inputs. Load with
 * <ui:include src="/WEB-INF/includes/map.xhtml"/> inside <ui:define name="head">.
 *
 * Showing a point:
 *   <div class="directory-map" data-map-lat="55.3547" data-map-lon="86.0873"
 *        role="region" aria-label="(what the map shows, in the reader's language)"></div>
 *   data-map-lat, data-map-lon  the point, decimal degrees with a dot; the map is centred on it, with a marker
 *   data-map-zoom               optional, 0..19, default 15
 *   data-map-label              optional, the marker's tooltip and accessible name
 *
 * Picking a point (a click or dragging the marker fills the inputs; typing in them moves the marker):
 *   <div class="map map--picker" data-map-picker="true" data-lat-input="profile:latitude"
 *        data-lon-input="profile:longitude" role="application" aria-label="..." hidden="hidden"></div>
 *   data-map-picker             marks the element
 *   data-lat-input, data-lon-input  the ids of the latitude and longitude inputs (number or text)
 *   With no point yet the map shows Kemerovo region (55.35, 86.09, zoom 7). A "hidden" attribute on the element is
 *   removed once the map is drawn, so without JavaScript no empty box shows. Number inputs without a step get
 *   step="any", or the browser would refuse the six decimals a map gives.
 *
 * Either element needs a height from CSS. The map keeps the keyboard moving: Tab goes into it (arrows pan, +/- zoom)
 * and on out of it; the wheel zooms only a picker, so a page with a map still scrolls.
 *
 * Maps are drawn once the page has loaded. Markup that arrives later (an ajax update) is drawn by
 * PortalMaps.init(element) on its new container; elements already drawn are left alone.
 */
(function () {
    "use strict";

    var REGION = { lat: 55.35, lon: 86.09, zoom: 7 };
    var POINT_ZOOM = 15;
    var PICKED_ZOOM = 14;
    var DECIMALS = 6;

    function leafletImages() {
        var script = document.querySelector("script[src*='/leaflet.js']");
        return script ? script.getAttribute("src").replace(/leaflet\.js(\?.*)?$/, "images/") : null;
    }

    function baseMap(element, options) {
        var map = L.map(element, options);
        L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
            maxZoom: 19,
            attribution: "\u00a9 <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap contributors</a>"
        }).addTo(map);
        return map;
    }

    function coordinate(text, limit) {
        if (text === null || text === undefined) {
            return null;
        }
        var value = parseFloat(String(text).trim().replace(",", "."));
        return isFinite(value) && Math.abs(value) <= limit ? value : null;
    }

    function show(element) {
        var lat = coordinate(element.getAttribute("data-map-lat"), 90);
        var lon = coordinate(element.getAttribute("data-map-lon"), 180);
        if (lat === null || lon === null) {
            return;
        }
        var zoom = parseInt(element.getAttribute("data-map-zoom"), 10);
        var map = baseMap(element, { scrollWheelZoom: false });
        map.setView([lat, lon], isFinite(zoom) ? zoom : POINT_ZOOM);
        var label = element.getAttribute("data-map-label");
        L.marker([lat, lon], label ? { title: label, alt: label, keyboard: false } : { keyboard: false }).addTo(map);
    }

    function pick(element) {
        var latInput = document.getElementById(element.getAttribute("data-lat-input"));
        var lonInput = document.getElementById(element.getAttribute("data-lon-input"));
        if (!latInput || !lonInput) {
            return;
        }
        [latInput, lonInput].forEach(function (input) {
            if (input.type === "number" && !input.getAttribute("step")) {
                input.setAttribute("step", "any");
            }
        });
        element.removeAttribute("hidden");
        var map = baseMap(element, {});
        var marker = null;

        function typed() {
            var lat = coordinate(latInput.value, 90);
            var lon = coordinate(lonInput.value, 180);
            return lat === null || lon === null ? null : L.latLng(lat, lon);
        }

        function fill(point) {
            latInput.value = point.lat.toFixed(DECIMALS);
            lonInput.value = point.lng.toFixed(DECIMALS);
            [latInput, lonInput].forEach(function (input) {
                input.dispatchEvent(new Event("input", { bubbles: true }));
                input.dispatchEvent(new Event("change", { bubbles: true }));
            });
        }

        function place(point) {
            if (marker) {
                marker.setLatLng(point);
            } else {
                marker = L.marker(point, { draggable: true, autoPan: true }).addTo(map);
                marker.on("dragend", function () {
                    fill(marker.getLatLng());
                });
            }
        }

        var start = typed();
        if (start) {
            map.setView(start, PICKED_ZOOM);
            place(start);
        } else {
            map.setView([REGION.lat, REGION.lon], REGION.zoom);
        }

        map.on("click", function (event) {
            var point = event.latlng.wrap();
            place(point);
            fill(point);
        });

        function followInputs(event) {
            if (!event.isTrusted) {
                return;
            }
            var point = typed();
            if (point) {
                place(point);
                map.panTo(point);
            }
        }
        latInput.addEventListener("input", followInputs);
        lonInput.addEventListener("input", followInputs);
    }

    function once(draw) {
        return function (element) {
            if (!element.hasAttribute("data-map-drawn")) {
                element.setAttribute("data-map-drawn", "true");
                draw(element);
            }
        };
    }

    function within(root, selector) {
        var found = Array.prototype.slice.call(root.querySelectorAll(selector));
        return root.matches && root.matches(selector) ? [root].concat(found) : found;
    }

    function init(root) {
        if (!window.L) {
            return;
        }
        var images = leafletImages();
        if (images) {
            L.Icon.Default.imagePath = images;
        }
        var scope = root && root.querySelectorAll ? root : document;
        within(scope, "[data-map-lat][data-map-lon]").forEach(once(show));
        within(scope, "[data-map-picker]").forEach(once(pick));
    }

    window.PortalMaps = { init: init };

    if (document.readyState === "complete") {
        init(document);
    } else {
        window.addEventListener("load", function () {
            init(document);
        });
    }
})();
