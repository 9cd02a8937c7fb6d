// fazhi-assess workbench: uploads with progress, sortable tables, and a finding's quotes lit up in the report text.
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  setUpUploads();
  document.querySelectorAll('table.sortable').forEach(setUpSorting);
  setUpFindings();
  setUpFactButtons();
});

function setUpUploads() {
  const drop = document.getElementById('drop');
  if (!drop) return;
  const input = document.getElementById('files');
  input.addEventListener('change', () => uploadAll(drop, Array.from(input.files)));
  ['dragenter', 'dragover'].forEach(t => drop.addEventListener(t, e => { e.preventDefault(); drop.classList.add('over'); }));
  ['dragleave', 'drop'].forEach(t => drop.addEventListener(t, e => { e.preventDefault(); drop.classList.remove('over'); }));
  drop.addEventListener('drop', e => uploadAll(drop, Array.from(e.dataTransfer.files)));
}

async function uploadAll(drop, files) {
  if (files.length === 0) return;
  const list = document.getElementById('uploads');
  const maxBytes = Number(drop.dataset.maxMb) * 1024 * 1024;
  const rows = files.map(f => {
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = f.name + ' ';
    const bar = document.createElement('progress');
    bar.max = 100; bar.value = 0;
    const result = document.createElement('span');
    li.append(name, bar, ' ', result);
    list.append(li);
    return { file: f, bar, result };
  });
  let ok = 0;
  const queue = rows.slice();
  // two at a time: the server scores on two cores, and one slow file does not hold up the rest
  const worker = async () => {
    for (let row = queue.shift(); row; row = queue.shift()) {
      if (row.file.size > maxBytes) {
        show(row, false, '文件超过' + drop.dataset.maxMb + 'MB上限，未上传');
        continue;
      }
      try {
        const answer = await send(drop.dataset.upload, row);
        const r = (answer.files || [])[0] || {};
        if (r.error || answer.error) {
          show(row, false, r.error || answer.error);
        } else {
          ok++;
          show(row, true, '已评分：' + (r.unit || '') + ' ' + r.total + '分');
        }
      } catch (e) {
        show(row, false, '上传失败：' + e.message);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  const done = document.createElement('li');
  done.id = 'uploads-done';
  done.textContent = '完成：' + ok + '/' + rows.length + '个文件已评分。';
  list.append(done);
  if (ok === rows.length) {
    done.textContent += '正在刷新排名…';
    setTimeout(() => location.reload(), 800);
  } else {
    // keep the reasons on screen until the evaluator has read them
    const again = document.createElement('a');
    again.id = 'show-ranking';
    again.className = 'button';
    again.href = location.pathname;
    again.textContent = '查看排名';
    done.append(' ', again);
  }
}

function send(url, row) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('X-CSRF-Token', document.querySelector('meta[name="csrf-token"]').content);
    xhr.upload.onprogress = e => { if (e.lengthComputable) row.bar.value = Math.round(e.loaded * 90 / e.total); };
    xhr.onload = () => {
      row.bar.value = 100;
      try { resolve(JSON.parse(xhr.responseText)); } catch (e) { reject(new Error('服务器返回 ' + xhr.status)); }
    };
    xhr.onerror = () => reject(new Error('网络中断'));
    const form = new FormData();
    form.append('file', row.file, row.file.name);
    xhr.send(form);
  });
}

function show(row, good, text) {
  row.result.className = good ? 'ok' : 'bad';
  row.result.textContent = text;
}

function setUpSorting(table) {
  const heads = Array.from(table.querySelectorAll('thead th'));
  heads.forEach((th, col) => th.addEventListener('click', () => {
    const asc = !th.classList.contains('asc');
    heads.forEach(h => h.classList.remove('asc', 'desc'));
    th.classList.add(asc ? 'asc' : 'desc');
    const numeric = th.dataset.type === 'n';
    // each level is ranked on its own: rows are sorted within their group (tbody), under its heading
    Array.from(table.tBodies).forEach(body => {
      const rows = Array.from(body.rows).filter(r => !r.classList.contains('group'));
      rows.sort((a, b) => {
        const x = a.cells[col].textContent.trim(), y = b.cells[col].textContent.trim();
        const d = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y, 'zh-CN');
        return asc ? d : -d;
      });
      rows.forEach(r => body.append(r));
    });
  }));
}

function setUpFindings() {
  const findings = document.querySelectorAll('.finding');
  findings.forEach(li => {
    const pick = e => {
      if (e.target.closest('form')) return;
      select(li);
    };
    li.addEventListener('click', pick);
    li.addEventListener('keydown', e => { if (e.key === 'Enter') pick(e); });
  });
  const target = location.hash.startsWith('#f-') ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target) select(target);
}

function select(li) {
  document.querySelectorAll('.finding.selected').forEach(x => x.classList.remove('selected'));
  document.querySelectorAll('#report-text mark.active').forEach(m => m.classList.remove('active'));
  li.classList.add('selected');
  const ids = (li.dataset.q || '').split(' ').filter(Boolean);
  const marks = Array.from(document.querySelectorAll('#report-text mark'))
    .filter(m => m.dataset.q.split(' ').some(q => ids.includes(q)));
  marks.forEach(m => m.classList.add('active'));
  if (marks.length > 0) marks[0].scrollIntoView({ block: 'center' });
}

function setUpFactButtons() {
  document.querySelectorAll('button.fix').forEach(b => b.addEventListener('click', () => {
    const key = document.getElementById('fact-key');
    key.value = b.dataset.key;
    const form = document.getElementById('correct-fact');
    form.scrollIntoView({ block: 'center' });
    document.getElementById('fact-value').focus();
  }));
}
