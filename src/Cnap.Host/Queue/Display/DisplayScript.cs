namespace Cnap.Host.Queue.Display;

/// <summary>
/// The display's only script: it listens to the server-sent events and redraws the calls, and chimes on a new call if
/// the sound was switched on (browsers allow sound only after a press). Without JavaScript the page refreshes itself.
/// </summary>
public static class DisplayScript
{
    public static string For(string eventsUrl) => $$"""
        <script>
        (function () {
          var body = document.getElementById('calls'), waiting = document.getElementById('waiting-count'), sound = document.getElementById('sound');
          var audio = null, last = body.getAttribute('data-version');
          sound.hidden = false;
          sound.addEventListener('click', function () {
            audio = audio ? null : new (window.AudioContext || window.webkitAudioContext)();
            sound.setAttribute('aria-pressed', audio ? 'true' : 'false');
          });
          function chime() {
            if (!audio) return;
            [660, 880].forEach(function (f, i) {
              var o = audio.createOscillator(), g = audio.createGain();
              o.frequency.value = f; o.connect(g); g.connect(audio.destination);
              g.gain.setValueAtTime(0.25, audio.currentTime + i * 0.35);
              o.start(audio.currentTime + i * 0.35); o.stop(audio.currentTime + i * 0.35 + 0.3);
            });
          }
          var source = new EventSource('{{eventsUrl}}');
          source.onmessage = function (e) {
            var board = JSON.parse(e.data), rows = '';
            board.calls.forEach(function (c, i) {
              var tr = document.createElement('tr'); if (i === 0) tr.className = 'latest';
              var a = document.createElement('td'); a.textContent = c.label; var b = document.createElement('td'); b.textContent = c.counterName;
              tr.appendChild(a); tr.appendChild(b); rows += tr.outerHTML;
            });
            body.innerHTML = rows;
            waiting.textContent = board.waiting;
            var first = board.calls[0], key = first ? first.label + '|' + first.calledAt + '|' + first.calls : '';
            if (key && key !== last) chime();
            last = key;
          };
        })();
        </script>
        """;
}
