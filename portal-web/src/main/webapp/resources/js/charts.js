/*
 * Draws the page's charts (WEB-INF/includes/chart.xhtml): each canvas with a data-chart attribute gets a
 * Chart.js chart of that configuration. A file of the portal, so the Content-Security-Policy's
 * script-src 'self' allows it without a nonce.
 */
(function () {
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        new Chart(canvas, JSON.parse(canvas.getAttribute('data-chart')));
    });
})();
