/*
 * The monitors' desk buttons: "print this sheet" and "copy this text". A classic script, not a
 * module, so it runs from the offline archive (file://) too. Without it the buttons stay hidden
 * and the page says how to print or copy by hand.
 */
(function () {
  document.querySelectorAll('button[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    if (!source || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(source.textContent).then(function () {
        button.textContent = button.getAttribute('data-copied');
      });
    });
  });
})();
