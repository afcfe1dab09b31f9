// Read aloud: the device's own speech synthesis (Web Speech API) reads the text of the page.
// Nothing leaves the device: no request is made, the text goes to the browser's voice only.
// Progressive enhancement: the box starts `hidden` and stays so without this script, without
// speech synthesis or without a voice for the text's language.
(function () {
  "use strict";
  var synth = window.speechSynthesis;
  var box = document.querySelector("[data-read-aloud]");
  if (!synth || !window.SpeechSynthesisUtterance || !box) return;
  var text = document.querySelector(box.getAttribute("data-target"));
  if (!text) return;
  var lang = box.getAttribute("data-lang"); // nl-BE, fr-BE
  var label = function (name) { return box.getAttribute("data-" + name); };
  var BLOCKS = "h1,h2,h3,h4,p,li,dt,dd,blockquote,legend,label,summary,figcaption";
  var SENTENCE = /[^.!?…]+(?:[.!?…]+["»”’)\]]*\s*|$)/g;
  var voice = null, blocks = null, state = "stopped", run = 0, toggle, stop, status;

  function findVoice() {
    var voices = synth.getVoices(), wanted = lang.toLowerCase().replace("_", "-");
    var norm = function (v) { return (v.lang || "").toLowerCase().replace("_", "-"); };
    return voices.filter(function (v) { return norm(v) === wanted; })[0] ||
      voices.filter(function (v) { return norm(v).slice(0, 2) === wanted.slice(0, 2); })[0] || null;
  }

  // Wrap each sentence of a block in spans (several when a link or bold word splits it),
  // and remember where each sentence starts in the block's text: speech boundary events
  // give a character index in that text.
  function prepare(block) {
    var whole = block.textContent, starts = [], m;
    SENTENCE.lastIndex = 0;
    while ((m = SENTENCE.exec(whole)) && m[0]) starts.push(m.index);
    var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT), nodes = [], node;
    while ((node = walker.nextNode())) nodes.push(node);
    var offset = 0;
    nodes.forEach(function (n) {
      var value = n.nodeValue, end = offset + value.length, cut = 0, pieces = [];
      starts.forEach(function (s, i) {
        var next = i + 1 < starts.length ? starts[i + 1] : whole.length;
        var from = Math.max(s, offset), to = Math.min(next, end);
        if (from < to) pieces.push([from - offset, to - offset, i]);
      });
      if (!value.trim()) { offset = end; return; }
      var fragment = document.createDocumentFragment();
      pieces.forEach(function (p) {
        var span = document.createElement("span");
        span.className = "ra-sentence";
        span.setAttribute("data-sentence", p[2]);
        span.textContent = value.slice(p[0], p[1]);
        fragment.appendChild(span);
        cut = p[1];
      });
      if (cut < value.length) fragment.appendChild(document.createTextNode(value.slice(cut)));
      n.parentNode.replaceChild(fragment, n);
      offset = end;
    });
    return { element: block, text: whole, starts: starts };
  }

  function readable() {
    if (blocks) return blocks;
    blocks = Array.prototype.filter.call(text.querySelectorAll(BLOCKS), function (el) {
      return !el.querySelector(BLOCKS) && !el.closest("[data-read-aloud],[aria-hidden=true],[hidden],.no-read") &&
        el.textContent.trim();
    }).map(prepare);
    return blocks;
  }

  function highlight(block, index) {
    clear();
    if (!block) return;
    block.element.querySelectorAll('[data-sentence="' + index + '"]').forEach(function (s) {
      s.classList.add("ra-current");
    });
  }

  function clear() {
    text.querySelectorAll(".ra-current").forEach(function (s) { s.classList.remove("ra-current"); });
  }

  function show(newState) {
    state = newState;
    toggle.textContent = label(newState === "playing" ? "pause" : newState === "paused" ? "resume" : "play");
    stop.hidden = newState === "stopped";
    status.textContent = label("status-" + newState);
  }

  // `run` tells a reading apart from an earlier one: a cancelled utterance still ends.
  function speak(i, r) {
    var list = readable();
    if (r !== run) return;
    if (i >= list.length) { finish(); return; }
    var block = list[i], utterance = new SpeechSynthesisUtterance(block.text);
    utterance.lang = lang;
    utterance.voice = voice;
    utterance.onstart = function () { if (r === run) highlight(block, 0); };
    utterance.onboundary = function (event) {
      if (r !== run) return;
      var index = 0;
      block.starts.forEach(function (s, n) { if (s <= event.charIndex) index = n; });
      highlight(block, index);
    };
    utterance.onend = function () { if (r === run && state === "playing") speak(i + 1, r); };
    synth.speak(utterance);
  }

  function finish() {
    run += 1;
    state = "stopped";
    synth.cancel();
    clear();
    show("stopped");
  }

  function build() {
    voice = findVoice();
    if (!voice || toggle) return;
    toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "btn btn-primary read-aloud__toggle";
    stop = document.createElement("button");
    stop.type = "button";
    stop.className = "btn btn-outline-secondary read-aloud__stop";
    stop.textContent = label("stop");
    status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    box.appendChild(toggle);
    box.appendChild(stop);
    box.appendChild(status);
    show("stopped");
    status.textContent = "";
    toggle.addEventListener("click", function () {
      if (state === "playing") { synth.pause(); show("paused"); }
      else if (state === "paused") { synth.resume(); show("playing"); }
      else { synth.cancel(); run += 1; show("playing"); speak(0, run); }
    });
    stop.addEventListener("click", function () { finish(); toggle.focus(); });
    box.hidden = false;
  }

  build();
  if (!toggle && synth.addEventListener) synth.addEventListener("voiceschanged", build);
  // Leaving the page stops the voice (Chrome would otherwise read on over the next page).
  window.addEventListener("pagehide", function () { synth.cancel(); });
})();
