// The classroom view: renders what /events sends (see Broadcaster.java). No framework, no CDN.
'use strict';

const COLORS = ['#2563eb', '#db2777', '#059669', '#d97706', '#7c3aed', '#0891b2', '#dc2626', '#4d7c0f'];
const REBALANCING = ['PreparingRebalance', 'CompletingRebalance', 'Assigning', 'Reconciling'];
const MAX_RECORDS = 200;

let lastRead = 0;

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => {
    if (key === 'style') node.style.cssText = value; else node.setAttribute(key, value);
  });
  children.flat().forEach(child => node.append(child instanceof Node ? child : String(child ?? '')));
  return node;
}

function shortId(memberId) {
  return memberId.length <= 8 ? memberId : '…' + memberId.slice(-6);
}

function render(message) {
  lastRead = message.readAt;
  const view = message.view;
  const connection = document.getElementById('connection');
  const problem = document.getElementById('problem');
  if (view.problem) {
    connection.textContent = 'no cluster at ' + view.bootstrap;
    connection.className = 'badge down';
    problem.textContent = view.problem + ' This page picks it up by itself when one answers.';
    problem.hidden = false;
  } else {
    connection.textContent = view.bootstrap + ' · ' + view.brokers.length + ' broker(s): '
      + view.brokers.map(b => b.id).join(', ');
    connection.className = 'badge ok';
    problem.hidden = true;
  }
  document.getElementById('groups').replaceChildren(...groupCards(view.groups));
  document.getElementById('shareGroups').replaceChildren(...shareGroupCards(view.shareGroups));
  document.getElementById('topics').replaceChildren(...topicTables(view.topics));
  document.getElementById('events').replaceChildren(...view.events.map(event =>
    el('li', {class: event.kind}, new Date(event.at).toLocaleTimeString() + ' ', event.text)));
  updateTopicChoice(view.topics.map(topic => topic.name));
}

function colorOf(members) {
  const colors = {};
  members.forEach((member, i) => { colors[member.memberId] = COLORS[i % COLORS.length]; });
  return colors;
}

function memberBoxes(members, colors, chipFor) {
  if (members.length === 0) return [el('p', {class: 'muted'}, 'No members right now.')];
  return [el('div', {class: 'members'}, members.map(member => el('div', {class: 'member', style: 'border-color:' + colors[member.memberId]},
    el('div', {class: 'who'}, member.clientId || '(no client id)', ' ', el('span', {class: 'muted'}, shortId(member.memberId))),
    el('div', {class: 'where'}, member.host + (member.instanceId ? ' · static ' + member.instanceId : '')),
    member.partitions.length === 0
      ? el('span', {class: 'chip idle'}, 'no partition')
      : member.partitions.map(partition => chipFor(partition, colors[member.memberId])))))];
}

function groupCards(groups) {
  if (groups.length === 0) return [el('p', {class: 'muted'}, 'No consumer group yet.')];
  return groups.map(group => {
    const colors = colorOf(group.members);
    const lagOf = {};
    group.partitions.forEach(p => { lagOf[p.topic + '-' + p.partition] = p.lag; });
    const maxLag = Math.max(1, ...group.partitions.map(p => p.lag || 0));
    const rebalancing = REBALANCING.includes(group.state);
    return el('div', {class: 'card', 'data-group': group.groupId},
      el('h3', {}, group.groupId,
        el('span', {class: 'tag'}, group.protocol + ' protocol'),
        el('span', {class: 'tag' + (rebalancing ? ' rebalancing' : '')}, group.state),
        group.assignor ? el('span', {class: 'tag'}, 'assignor ' + group.assignor) : '',
        group.epoch != null ? el('span', {class: 'tag'}, 'epoch ' + group.epoch) : '',
        el('span', {class: 'tag'}, group.members.length + ' member(s)')),
      memberBoxes(group.members, colors, (partition, color) =>
        el('span', {class: 'chip', style: 'background:' + color}, partition + ' · lag ' + (lagOf[partition] ?? '?'))),
      el('table', {},
        el('thead', {}, el('tr', {}, ['partition', 'owner', 'committed', 'end', 'lag', ''].map(h => el('th', {}, h)))),
        el('tbody', {}, group.partitions.map(p => el('tr', {'data-partition': p.topic + '-' + p.partition},
          el('td', {}, p.topic + '-' + p.partition),
          el('td', {}, p.owner ? el('span', {style: 'color:' + colors[p.owner]}, shortId(p.owner)) : '—'),
          el('td', {class: 'num'}, p.committed ?? 'none'),
          el('td', {class: 'num'}, p.endOffset),
          el('td', {class: 'num lag'}, p.lag ?? '?'),
          el('td', {}, el('span', {class: 'lagbar', style: 'width:' + Math.round(120 * (p.lag || 0) / maxLag) + 'px'})))))));
  });
}

function shareGroupCards(groups) {
  if (groups.length === 0) return [el('p', {class: 'muted'}, 'No share group yet.')];
  return groups.map(group => {
    const colors = colorOf(group.members);
    return el('div', {class: 'card', 'data-share-group': group.groupId},
      el('h3', {}, group.groupId, el('span', {class: 'tag'}, 'share group'), el('span', {class: 'tag'}, group.state),
        el('span', {class: 'tag'}, 'epoch ' + group.epoch), el('span', {class: 'tag'}, group.members.length + ' member(s)')),
      memberBoxes(group.members, colors, (partition, color) => el('span', {class: 'chip', style: 'background:' + color}, partition)),
      el('table', {},
        el('thead', {}, el('tr', {}, ['partition', 'start offset', 'end', 'at or after start (in flight or waiting)', 'lag (broker)'].map(h => el('th', {}, h)))),
        el('tbody', {}, group.partitions.map(p => el('tr', {},
          el('td', {}, p.topic + '-' + p.partition),
          el('td', {class: 'num'}, p.startOffset ?? 'no state yet'),
          el('td', {class: 'num'}, p.endOffset),
          el('td', {class: 'num'}, p.endOffset >= 0 && p.startOffset != null ? Math.max(0, p.endOffset - p.startOffset) : '?'),
          el('td', {class: 'num'}, p.lag ?? 'not reported'))))));
  });
}

function topicTables(topics) {
  if (topics.length === 0) return [el('p', {class: 'muted'}, 'No topic yet.')];
  return topics.map(topic => el('div', {class: 'card', 'data-topic': topic.name},
    el('h3', {}, topic.name, el('span', {class: 'tag'}, topic.partitions.length + ' partition(s)')),
    el('table', {},
      el('thead', {}, el('tr', {}, ['partition', 'leader', 'replicas', 'ISR', 'log start', 'LSO', 'HW'].map(h => el('th', {}, h)))),
      el('tbody', {}, topic.partitions.map(p => el('tr', {},
        el('td', {}, p.partition),
        el('td', {}, p.leader ?? 'none'),
        el('td', {}, p.replicas.join(', ')),
        el('td', {class: p.isrShrunk ? 'shrunk' : ''}, p.isr.join(', ') + (p.isrShrunk ? ' (shrunk)' : '')),
        el('td', {class: 'num'}, p.logStartOffset),
        el('td', {class: 'num'}, p.lastStableOffset),
        el('td', {class: 'num'}, p.highWatermark)))))));
}

function updateTopicChoice(names) {
  const select = document.getElementById('tailTopic');
  const current = [...select.options].map(option => option.value).filter(Boolean);
  if (JSON.stringify(current) === JSON.stringify(names)) return;
  const chosen = select.value;
  select.replaceChildren(el('option', {value: ''}, '(pick a topic)'), ...names.map(name => el('option', {value: name}, name)));
  select.value = names.includes(chosen) ? chosen : '';
}

// The records on the page, by topic/partition/offset: after a reconnect the server sends its recent
// records again, and those already shown must not appear twice.
const shownRecords = new Set();

function clearRecords() {
  document.getElementById('records').replaceChildren();
  shownRecords.clear();
}

function renderTail(state) {
  document.getElementById('tailStatus').textContent = state.status;
  if (!state.topic) clearRecords();
}

function addRecords(lines) {
  const body = document.getElementById('records');
  lines.forEach(line => {
    const key = line.topic + '/' + line.partition + '/' + line.offset;
    if (shownRecords.has(key)) return;
    shownRecords.add(key);
    body.prepend(el('tr', {'data-key': key},
      el('td', {}, line.partition), el('td', {}, line.offset), el('td', {}, new Date(line.timestamp).toISOString()),
      el('td', {}, line.key ?? 'null'), el('td', {}, line.value ?? 'null'),
      el('td', {}, Object.entries(line.headers).map(([k, v]) => k + '=' + v).join(', '))));
  });
  while (body.rows.length > MAX_RECORDS) {
    shownRecords.delete(body.rows[body.rows.length - 1].dataset.key);
    body.deleteRow(body.rows.length - 1);
  }
}

function post(path) {
  return fetch(path, {method: 'POST'});
}

document.getElementById('follow').onclick = () => {
  clearRecords();
  post('/api/tail?topic=' + encodeURIComponent(document.getElementById('tailTopic').value));
};
document.getElementById('pause').onclick = () => post('/api/tail/pause');
document.getElementById('resume').onclick = () => post('/api/tail/resume');

const events = new EventSource('/events');
events.addEventListener('cluster', e => render(JSON.parse(e.data)));
events.addEventListener('read', e => { lastRead = JSON.parse(e.data).readAt; });
events.addEventListener('tail', e => renderTail(JSON.parse(e.data)));
events.addEventListener('records', e => addRecords(JSON.parse(e.data)));
events.onerror = () => {
  const connection = document.getElementById('connection');
  connection.textContent = './labs ui is not answering (stopped?) - retrying';
  connection.className = 'badge down';
};
setInterval(() => {
  if (lastRead) document.getElementById('freshness').textContent =
    'cluster read ' + ((Date.now() - lastRead) / 1000).toFixed(1) + ' s ago';
}, 500);
