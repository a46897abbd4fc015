// Coopole's public catalogue inside a pole's website: tells the host page how tall it is, so that the <iframe> fits
// its content (the host page listens, see the README's "Public catalogue" section). Sends nothing else.
(function () {
    function report() {
        var height = document.documentElement.scrollHeight;
        if (window.parent !== window) {
            window.parent.postMessage({coopole: 'catalogue-height', height: height}, '*');
        }
    }
    window.addEventListener('load', report);
    window.addEventListener('resize', report);
    if (window.ResizeObserver) {
        new ResizeObserver(report).observe(document.body);
    }
})();
