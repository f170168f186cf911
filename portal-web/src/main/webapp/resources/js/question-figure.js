/*
 * Questioning a figure on a scorecard (WEB-INF/includes/scorecard.xhtml): each figure's "Question"
 * button carries the figure's id, metric and quarter; a click puts the id into the dispute form,
 * names the figure in the dialog with the value and target its row shows, and opens the dialog,
 * without asking the server. The server checks the figure when the question is logged; a question
 * refused by validation (no text) comes back with the dialog open on the same figure. A file of the
 * portal, so the Content-Security-Policy's script-src 'self' allows it without a nonce.
 */
(function () {
    function name(button) {
        var named = document.getElementById('disputeForm:disputedFigure');
        var metric = document.createElement('strong');
        metric.textContent = button.getAttribute('data-metric');
        var row = button.closest('tr');
        var target = row.querySelector('.figure-target').textContent.trim();
        named.replaceChildren('You question ', metric, ' of ' + button.getAttribute('data-quarter') + ': '
            + row.querySelector('.figure-value').textContent.trim() + (target ? ' (target ' + target + ')' : '') + '.');
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('button.question-figure') : null;
        if (!button) {
            return;
        }
        document.getElementById('disputeForm:figure').value = button.getAttribute('data-figure');
        name(button);
        document.getElementById('disputeDialog').showModal();
    });

    var dialog = document.getElementById('disputeDialog');
    if (dialog && dialog.getAttribute('data-reopen') === 'true') {
        var figure = document.getElementById('disputeForm:figure').value;
        var button = document.querySelector('button.question-figure[data-figure="' + CSS.escape(figure) + '"]');
        if (button) {
            name(button);
        }
        dialog.showModal();
    }
}());
