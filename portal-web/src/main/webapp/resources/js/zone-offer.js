/*
 * The time-zone offer (layout.xhtml): while a person has not chosen a time zone, the page
 * carries a hidden offer naming the zone times show in; when the browser's zone differs, the
 * offer is filled with it and shown. A file of the portal, so the Content-Security-Policy's
 * script-src 'self' allows it without a nonce.
 */
(function () {
    var offer = document.getElementById('zoneOffer');
    if (!offer || !window.Intl || !Intl.DateTimeFormat) {
        return;
    }
    var browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    var shown = offer.getAttribute('data-zone');
    if (!browser || browser === shown) {
        return;
    }
    document.getElementById('offeredZone').value = browser;
    document.getElementById('offerBack').value = window.location.pathname + window.location.search;
    document.getElementById('browserZone').textContent = browser;
    offer.hidden = false;
}());
