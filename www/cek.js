// "Cek pesan/link": runs the Waspada engine (Rust → Wasm) in this page.
// Nothing typed here leaves the device: the only requests are for the engine and the rule pack,
// which are files of this site. Results are built with createElement/textContent, never innerHTML,
// because reasons quote the user's own text.

const form = document.getElementById('cek-form');
const input = document.getElementById('input');
const button = document.getElementById('cek-button');
const langSelect = document.getElementById('lang');
const result = document.getElementById('result');
const packInfoEl = document.getElementById('pack-info');

const UI = {
  id: {
    check: 'Periksa',
    checking: 'Memeriksa…',
    loading: 'Memuat mesin pemeriksa…',
    empty: 'Tempel dulu pesan atau link yang ingin diperiksa.',
    failed: 'Pemeriksa tidak bisa dimuat. Muat ulang halaman dan coba lagi.',
    scanFailed: 'Teks ini tidak bisa diperiksa.',
    score: (s) => `Skor risiko ${s} dari 100`,
    reasonsTitle: 'Mengapa:',
    evidence: 'Ditemukan: ',
    asUrl: 'Diperiksa sebagai alamat situs.',
    asText: 'Diperiksa sebagai pesan.',
    pack: (p) => `Paket aturan: ${p.name} ${p.version} (${p.rules} aturan, ${p.brands} merek, ${p.blocked_domains} domain diblokir).`,
    levels: {
      safe: ['Tidak ditemukan tanda penipuan', 'Waspada tidak menemukan tanda yang dikenalnya. Tetap hati-hati: jangan pernah memberikan PIN, OTP, atau transfer kepada orang yang belum Anda pastikan.'],
      caution: ['Hati-hati', 'Ada beberapa tanda yang patut dicurigai. Periksa lagi sebelum menanggapi.'],
      warning: ['Peringatan: kemungkinan penipuan', 'Pesan atau link ini punya ciri penipuan yang kuat. Jangan klik, jangan transfer, jangan berikan data.'],
      danger: ['Bahaya: hampir pasti penipuan', 'Jangan menanggapi, jangan klik, jangan transfer. Bila sudah terlanjur, hubungi bank Anda lewat nomor resminya dan laporkan ke iasc.ojk.go.id.'],
    },
  },
  en: {
    check: 'Check',
    checking: 'Checking…',
    loading: 'Loading the checker…',
    empty: 'Paste a message or a link to check first.',
    failed: 'The checker could not be loaded. Reload the page and try again.',
    scanFailed: 'This text could not be checked.',
    score: (s) => `Risk score ${s} out of 100`,
    reasonsTitle: 'Why:',
    evidence: 'Found: ',
    asUrl: 'Checked as a web address.',
    asText: 'Checked as a message.',
    pack: (p) => `Rule pack: ${p.name} ${p.version} (${p.rules} rules, ${p.brands} brands, ${p.blocked_domains} blocked domains).`,
    levels: {
      safe: ['No scam signs found', 'Waspada found none of the signs it knows. Stay careful: never give a PIN, OTP or money to someone you have not verified.'],
      caution: ['Be careful', 'There are some suspicious signs. Double-check before you respond.'],
      warning: ['Warning: probably a scam', 'This message or link has strong signs of a scam. Don\'t click, don\'t transfer money, don\'t give any data.'],
      danger: ['Danger: almost certainly a scam', 'Don\'t respond, click or transfer. If you already did, call your bank\'s official number and report it at iasc.ojk.go.id.'],
    },
  },
};

// The page's own fixed texts, by their data-i18n key.
const STATIC = {
  id: {
    title: 'Cek pesan atau link',
    lead: 'Tempel pesan WhatsApp, SMS, e-mail, atau sebuah link yang membuat Anda ragu. Pemeriksaan berjalan di perangkat Anda sendiri: tidak ada yang dikirim ke server.',
    label: 'Pesan atau link',
    hint: 'Satu link saja (misalnya https://…) diperiksa sebagai alamat situs; teks lain diperiksa sebagai pesan.',
    langLabel: 'Bahasa penjelasan',
    howTitle: 'Bagaimana cara kerjanya?',
    how: 'Mesin Waspada (sama dengan yang ada di ekstensi browser) dimuat ke halaman ini bersama paket aturannya. Ia mencari kata-kata khas penipuan (juga yang ditulis dengan huruf aneh seperti 𝐒𝐋𝐎𝐓 atau s l o t), memeriksa alamat link terhadap daftar merek resmi dan daftar blokir, lalu menjelaskan apa yang ditemukan. Hasil "aman" bukan jaminan: bila ragu, jangan transfer dan tanyakan lewat nomor resmi.',
  },
  en: {
    title: 'Check a message or link',
    lead: 'Paste a WhatsApp message, SMS, e-mail or a link you are unsure about. The check runs on your own device: nothing is sent to a server.',
    label: 'Message or link',
    hint: 'A single link (such as https://…) is checked as a web address; anything else is checked as a message.',
    langLabel: 'Language of the explanation',
    howTitle: 'How does it work?',
    how: 'The Waspada engine (the same one as in the browser extension) is loaded into this page with its rule pack. It looks for the words scammers use (also when written with odd letters such as 𝐒𝐋𝐎𝐓 or s l o t), checks links against official brand domains and block lists, and explains what it found. "Safe" is not a guarantee: when in doubt, don\'t transfer money and ask through an official number.',
  },
};

function applyStaticTexts() {
  const texts = STATIC[langSelect.value] || STATIC.id;
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const key = node.dataset.i18n;
    if (key === 'button') node.textContent = ui().check;
    else if (texts[key]) node.textContent = texts[key];
  }
}

let enginePromise = null;

/** Loads the Wasm engine and the default rule pack once. */
function loadEngine() {
  if (!enginePromise) {
    enginePromise = (async () => {
      const { default: init, Engine } = await import('./wasm/waspada.js');
      await init({ module_or_path: new URL('./wasm/waspada_bg.wasm', import.meta.url) });
      const response = await fetch(new URL('./packs/default.wpk', import.meta.url));
      if (!response.ok) throw new Error(`pack: HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return new Engine(bytes);
    })();
    enginePromise.catch(() => { enginePromise = null; }); // allow a retry after a failure
  }
  return enginePromise;
}

function ui() {
  return UI[langSelect.value] || UI.id;
}

/** A single token that looks like a link or a bare host name is checked as a URL. */
function asUrl(text) {
  const t = text.trim();
  if (!t || /\s/.test(t)) return null;
  if (/^https?:\/\//i.test(t)) return t;
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(t)) return `http://${t}`;
  return null;
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'className') node.className = value;
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child != null) node.append(child);
  }
  return node;
}

function showMessage(text, isError = false) {
  result.replaceChildren(el('p', { className: isError ? 'error' : 'hint', text }));
  result.removeAttribute('data-level');
  result.hidden = false;
}

function showVerdict(verdict, checkedAsUrl) {
  const t = ui();
  const level = ['safe', 'caution', 'warning', 'danger'].includes(verdict.level) ? verdict.level : 'safe';
  const [title, advice] = t.levels[level];
  const children = [
    el('h2', { className: 'level', text: title }),
    el('p', { className: 'score', text: `${t.score(Number(verdict.score) || 0)} · ${checkedAsUrl ? t.asUrl : t.asText}` }),
    el('p', { text: advice }),
  ];
  const reasons = Array.isArray(verdict.reasons) ? verdict.reasons : [];
  if (reasons.length > 0) {
    const list = el('ul', { className: 'reasons' });
    for (const reason of reasons) {
      const item = el('li', {}, el('span', { text: String(reason.message ?? '') }));
      if (reason.evidence) {
        const quote = el('span', { className: 'evidence' });
        quote.append(t.evidence, el('q', { text: String(reason.evidence) }));
        item.append(quote);
      }
      list.append(item);
    }
    children.push(el('h3', { text: t.reasonsTitle }), list);
  }
  result.replaceChildren(...children);
  result.dataset.level = level;
  result.hidden = false;
  result.focus({ preventScroll: false });
}

async function check(event) {
  event.preventDefault();
  const t = ui();
  const text = input.value;
  if (!text.trim()) {
    showMessage(t.empty, true);
    input.focus();
    return;
  }
  button.disabled = true;
  button.textContent = t.checking;
  try {
    let engine;
    try {
      showMessage(t.loading);
      engine = await loadEngine();
    } catch (err) {
      console.error('Waspada: cannot load the engine', err);
      showMessage(t.failed, true);
      return;
    }
    const lang = langSelect.value === 'en' ? 'en' : 'id';
    const url = asUrl(text);
    let verdict = null;
    let checkedAsUrl = false;
    if (url) {
      try {
        verdict = engine.checkUrl(url, lang);
        checkedAsUrl = true;
      } catch {
        verdict = null; // not a usable URL after all: check it as text
      }
    }
    if (!verdict) {
      try {
        verdict = engine.scanText(text, lang);
      } catch (err) {
        console.error('Waspada: scan failed', err);
        showMessage(t.scanFailed, true);
        return;
      }
    }
    showVerdict(verdict, checkedAsUrl);
    showPackInfo(engine);
  } finally {
    button.disabled = false;
    button.textContent = ui().check;
  }
}

function showPackInfo(engine) {
  try {
    const info = engine.packInfo();
    packInfoEl.textContent = ui().pack(info);
  } catch {
    packInfoEl.textContent = '';
  }
}

form.addEventListener('submit', check);
langSelect.addEventListener('change', () => {
  document.documentElement.lang = langSelect.value;
  applyStaticTexts();
});
// The browser may restore the previous choice of language when the page is reloaded.
if (langSelect.value !== 'id') {
  document.documentElement.lang = langSelect.value;
  applyStaticTexts();
}
// Ctrl/Cmd+Enter submits from the textarea.
input.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) form.requestSubmit();
});
// Start loading the engine early, without blocking the page.
if ('requestIdleCallback' in window) requestIdleCallback(() => loadEngine().catch(() => {}));
else setTimeout(() => loadEngine().catch(() => {}), 500);
