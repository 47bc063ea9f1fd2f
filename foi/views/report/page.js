(function () {
  var data = JSON.parse(document.getElementById('rows').textContent);
  var page = JSON.parse(document.getElementById('page').textContent);
  var columns = page.columns, map = page.map;
  var body = document.querySelector('#responses tbody');
  var search = document.getElementById('q');
  var select = document.getElementById('field');
  var info = document.getElementById('hexinfo');
  var SVG = 'http://www.w3.org/2000/svg';
  var sortKey = null, sortDir = 1, hexes = {};
  document.querySelectorAll('#hexmap .hex').forEach(function (g) { hexes[g.getAttribute('data-code')] = g; });
  function safeUrl(u) { return /^https?:\/\//i.test(u || '') ? u : null; }
  function archived(u) { return /^[^\/:?#\\]+\/[0-9a-f]{64}\.[a-z.]+$/.test(u || '') ? u : null; }
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }
  function text(tag, value, cls) {
    var el = document.createElement(tag); el.textContent = value; if (cls) el.className = cls; return el;
  }
  function link(href, label) {
    var a = document.createElement('a'); a.href = href; a.rel = 'noopener noreferrer'; a.textContent = label; return a;
  }
  function render() {
    var q = (search.value || '').toLowerCase();
    var rows = data.filter(function (r) {
      return !q || columns.some(function (c) { return String(r[c.key] == null ? '' : r[c.key]).toLowerCase().indexOf(q) >= 0; });
    });
    if (sortKey) rows.sort(function (a, b) {
      var x = a[sortKey], y = b[sortKey];
      if (typeof x === 'number' && typeof y === 'number') return (x - y) * sortDir;
      x = x == null ? '' : String(x); y = y == null ? '' : String(y);
      return x < y ? -sortDir : x > y ? sortDir : 0;
    });
    clear(body);
    rows.forEach(function (r) {
      var tr = document.createElement('tr');
      columns.forEach(function (c) {
        var td = document.createElement('td');
        var v = r[c.key], href = null;
        if (c.key === 'url' && (href = safeUrl(v))) td.appendChild(link(href, 'source'));
        else if (c.key === 'archived' && (href = archived(v))) td.appendChild(link(href, 'archived copy'));
        else if (c.coded && v != null) td.textContent = String(v).replace(/_/g, ' ');  // not_stated: not stated
        else td.textContent = v == null ? '' : String(v);
        td.className = 'c-' + c.key;
        if (c.key.slice(-9) === '_evidence') td.className += ' evidence';
        if (c.key === 'working_days_to_respond' && typeof v === 'number' && v > page.limit) td.className += ' late';
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    document.getElementById('shown').textContent = rows.length + ' of ' + data.length + ' responses shown';
  }
  function swatch(fill) {
    var svg = document.createElementNS(SVG, 'svg'), rect = document.createElementNS(SVG, 'rect');
    svg.setAttribute('width', '14'); svg.setAttribute('height', '14'); svg.setAttribute('aria-hidden', 'true');
    rect.setAttribute('width', '13'); rect.setAttribute('height', '13'); rect.setAttribute('x', '0.5'); rect.setAttribute('y', '0.5');
    rect.setAttribute('fill', fill); rect.setAttribute('stroke', '#777');
    svg.appendChild(rect); return svg;
  }
  function paint(key) {
    var f = map.fields.filter(function (x) { return x.key === key; })[0] || map.fields[0];
    select.value = f.key;
    var style = {}, groups = {};
    f.values.forEach(function (s) { style[s.value] = s; groups[s.value] = []; });
    map.authorities.forEach(function (a) {
      var v = a.values[f.key]; v = v == null ? '' : String(v);
      var s = style[v] || style[''];
      var g = hexes[a.code];
      if (g) {
        g.querySelector('path').setAttribute('fill', s.fill);
        g.querySelector('text').setAttribute('fill', s.ink);
        g.setAttribute('aria-label', a.name + ': ' + s.label);
        g.querySelector('title').textContent = a.name + ': ' + s.label;
      }
      (groups[s.value] = groups[s.value] || []).push(a);
    });
    var legend = document.getElementById('legend'), list = document.getElementById('maplist');
    clear(legend); clear(list);
    document.getElementById('mapcaption').textContent = f.label;
    f.values.forEach(function (s) {
      var n = groups[s.value].length;
      if (!n) return;
      var li = document.createElement('li');
      li.appendChild(swatch(s.fill)); li.appendChild(text('span', s.label + ' (' + n + ')'));
      legend.appendChild(li);
      var ul = document.createElement('ul'); ul.className = 'names';
      var heading = text('h4', s.label + ' (' + n + ')');
      if (s.value === '') {
        var details = document.createElement('details'), summary = document.createElement('summary');
        summary.appendChild(heading); details.appendChild(summary); details.appendChild(ul);
        list.appendChild(details);
      } else { list.appendChild(heading); list.appendChild(ul); }
      groups[s.value].forEach(function (a) {
        var item = document.createElement('li');
        if (a.responded) item.appendChild(link('#q=' + encodeURIComponent(a.name), a.name));
        else item.textContent = a.name;
        ul.appendChild(item);
      });
    });
  }
  function show(e) {
    var g = e.target.closest ? e.target.closest('.hex') : null;
    if (g) info.textContent = g.getAttribute('aria-label');
  }
  function fromAddress(scroll) {
    var params = new URLSearchParams(location.hash.slice(1));
    if (params.has('q')) search.value = params.get('q');
    if (params.get('sort')) sortKey = params.get('sort');
    sortDir = params.get('desc') ? -1 : 1;
    if (params.get('field')) paint(params.get('field'));
    render();
    if (scroll && params.has('q')) document.getElementById('responses-section').scrollIntoView();
  }
  document.querySelectorAll('#responses th').forEach(function (th) {
    th.addEventListener('click', function () {
      var key = th.getAttribute('data-key');
      sortDir = sortKey === key ? -sortDir : 1; sortKey = key; render();
    });
  });
  search.addEventListener('input', render);
  select.addEventListener('change', function () {
    paint(select.value);
    var params = new URLSearchParams(location.hash.slice(1));
    params.set('field', select.value);
    history.replaceState(null, '', '#' + params.toString());
  });
  var svg = document.getElementById('hexmap');
  ['mouseover', 'focusin'].forEach(function (ev) { svg.addEventListener(ev, show); });
  window.addEventListener('hashchange', function () { fromAddress(true); });
  paint(select.value);
  fromAddress(false);
})();
