// The timed test page: navigation, answers of every type, autosave with per-answer sequence numbers, the
// offline queue, the countdown from the server's seconds, one active browser, review and submit, and the
// integrity signals.
//
// What "saved" means: the server answered 200 with a sequence number at least the one sent, after its
// transaction committed. Every change is written to localStorage first (with its sequence number), so a
// reload, a crash or a dropped connection loses nothing: on load, the server's answers are merged with
// newer local ones that were not sent yet, and those are sent.
//
// Time: the countdown starts from the seconds remaining the server sent and counts with performance.now()
// (a monotonic clock), never with Date: the computer's clock may be wrong by hours and it changes nothing.
// It is re-synced every 30 s and with every save, so extra time granted reaches it within one sync.

import { StepsEditor } from "./steps.js";

const DEBOUNCE_MS = 1000;
const SYNC_MS = 30_000;
const RETRY_MS = 5_000;
const ACTIVITY_MS = 15_000;
const CLOSED_POLL_MS = 5_000;

const state = JSON.parse(document.getElementById("candidate-state").textContent);
const csrfToken = document.querySelector("input[name=csrfmiddlewaretoken]").value;
const STORE_KEY = `candidate-attempt:${state.attempt}`;
const items = state.items;
const itemBySlug = Object.fromEntries(items.map((item) => [item.slug, item]));
const panels = [...document.querySelectorAll("[data-item]")];
const panelBySlug = Object.fromEntries(panels.map((panel) => [panel.dataset.item, panel]));
const reviewPanel = document.querySelector("[data-review]");
const statusNode = document.querySelector("[data-save-status]");
const countdownNode = document.querySelector("[data-countdown]");
const warningNode = document.querySelector("[data-time-warning]");
const blockingNode = document.querySelector("[data-blocking-message]");
const submitButton = document.querySelector("[data-submit]");
const submitStatus = document.querySelector("[data-submit-status]");

// --- Local store ----------------------------------------------------------------------------------------

function loadLocal() {
  try {
    const stored = JSON.parse(localStorage.getItem(STORE_KEY) || "{}");
    return stored && typeof stored === "object" ? stored : {};
  } catch {
    return {};
  }
}

const local = loadLocal();
local.answers ||= {};
local.drafts ||= {};
local.activity ||= {};
if (!local.source) {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  local.source = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

function persist() {
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify(local));
  } catch {
    // Storage full or disabled: saving to the server still works; the status says when it does not.
  }
}

// The answers as this page knows them: {answer, seq, pending}. Merged from the server and this device.
const answers = {};
for (const item of items) {
  const server = state.answers[item.slug];
  const mine = local.answers[item.slug];
  const serverSeq = server ? server.seq : -1;
  if (mine && mine.seq > serverSeq) {
    answers[item.slug] = { answer: mine.answer, seq: mine.seq, pending: true };
  } else if (server) {
    answers[item.slug] = { answer: server.answer, seq: server.seq, pending: false };
  } else {
    answers[item.slug] = { answer: null, seq: 0, pending: false };
  }
}

function remember(slug) {
  const entry = answers[slug];
  local.answers[slug] = { answer: entry.answer, seq: entry.seq };
  persist();
}

// --- Reading and writing answers of each type ----------------------------------------------------------

const stepEditors = {};

function isAnswered(answer) {
  if (answer === null || answer === undefined) return false;
  if (typeof answer === "string") return answer.trim() !== "";
  if (Array.isArray(answer)) return answer.length > 0;
  return Boolean(answer.best && answer.worst);
}

function wordCount(text) {
  const words = (text || "").trim().split(/\s+/).filter(Boolean).length;
  return `${words} word${words === 1 ? "" : "s"}`;
}

function readAnswer(slug) {
  const panel = panelBySlug[slug];
  const type = itemBySlug[slug].type;
  if (type === "single_choice") {
    const picked = panel.querySelector("input[type=radio]:checked");
    return picked ? picked.value : null;
  }
  if (type === "multi_select") {
    return [...panel.querySelectorAll("input[type=checkbox]:checked")].map((input) => input.value);
  }
  if (type === "best_worst") {
    const best = panel.querySelector("input[data-pick=best]:checked");
    const worst = panel.querySelector("input[data-pick=worst]:checked");
    local.drafts[slug] = { best: best ? best.value : null, worst: worst ? worst.value : null };
    const note = panel.querySelector("[data-best-worst-note]");
    if (best && worst && best.value === worst.value) {
      note.textContent = "Choose different responses as the best and the worst.";
      return undefined;
    }
    if (!best || !worst) {
      note.textContent = best || worst ? "Choose the other one too: the answer is saved once both are chosen." : "";
      return undefined;
    }
    note.textContent = "";
    return { best: best.value, worst: worst.value };
  }
  if (type === "ordered_steps") return stepEditors[slug].text;
  return panel.querySelector("[data-text-answer]").value;
}

function writeAnswer(slug, answer) {
  const panel = panelBySlug[slug];
  const type = itemBySlug[slug].type;
  if (type === "single_choice") {
    for (const input of panel.querySelectorAll("input[type=radio]")) input.checked = input.value === answer;
  } else if (type === "multi_select") {
    const picked = new Set(Array.isArray(answer) ? answer : []);
    for (const input of panel.querySelectorAll("input[type=checkbox]")) input.checked = picked.has(input.value);
  } else if (type === "best_worst") {
    const picks = answer && typeof answer === "object" ? answer : local.drafts[slug] || {};
    for (const input of panel.querySelectorAll("input[data-pick]")) {
      input.checked = input.value === picks[input.dataset.pick];
    }
  } else if (type === "ordered_steps") {
    stepEditors[slug].text = typeof answer === "string" ? answer : "";
    panel.querySelector("[data-word-count]").textContent = wordCount(stepEditors[slug].text);
  } else {
    const area = panel.querySelector("[data-text-answer]");
    area.value = typeof answer === "string" ? answer : "";
    panel.querySelector("[data-word-count]").textContent = wordCount(area.value);
  }
}

function answerChanged(slug) {
  if (readOnly) return;
  const answer = readAnswer(slug);
  const panel = panelBySlug[slug];
  const counter = panel.querySelector("[data-word-count]");
  if (counter && typeof answer === "string") counter.textContent = wordCount(answer);
  if (answer === undefined) {
    persist(); // an incomplete best/worst pick: kept on this device, not an answer yet
    return;
  }
  const entry = answers[slug];
  if (JSON.stringify(answer) === JSON.stringify(entry.answer)) return;
  entry.answer = answer;
  entry.seq += 1;
  entry.pending = true;
  entry.failed = "";
  remember(slug);
  renderProgress();
  renderStatus();
  scheduleFlush(DEBOUNCE_MS);
}

for (const panel of panels) {
  const slug = panel.dataset.item;
  if (panel.dataset.type === "ordered_steps") {
    stepEditors[slug] = new StepsEditor(panel.querySelector("[data-steps]"), {
      slug,
      onChange: () => answerChanged(slug),
    });
  }
  panel.addEventListener("input", () => answerChanged(slug));
  panel.addEventListener("change", () => answerChanged(slug));
  writeAnswer(slug, answers[slug].answer);
}

// --- Progress and status ---------------------------------------------------------------------------------

function renderProgress() {
  let total = 0;
  const bySection = {};
  for (const panel of panels) {
    const slug = panel.dataset.item;
    const done = isAnswered(answers[slug].answer);
    total += done ? 1 : 0;
    const family = panel.dataset.family;
    bySection[family] ||= { done: 0, all: 0 };
    bySection[family].all += 1;
    bySection[family].done += done ? 1 : 0;
    const stateNode = document.querySelector(`[data-nav-state="${slug}"]`);
    stateNode.textContent = done ? "(answered)" : "(not answered)";
    stateNode.closest("a").classList.toggle("nav-item--answered", done);
  }
  for (const [family, counts] of Object.entries(bySection)) {
    document.querySelector(`[data-section-progress="${family}"]`).textContent =
      `${counts.done} of ${counts.all} answered`;
  }
  document.querySelector("[data-progress-total]").textContent = `${total} of ${items.length} answered`;
}

let statusOverride = null; // "readonly" or "closed": no more saving from this page

function hasPending() {
  return Object.values(answers).some((entry) => entry.pending);
}

function setStatus(kind, text) {
  statusNode.dataset.state = kind;
  if (statusNode.textContent !== text) statusNode.textContent = text;
}

let lastError = "";

function renderStatus() {
  if (statusOverride === "readonly") {
    setStatus("readonly", "Read-only: the assessment moved to another browser");
  } else if (statusOverride === "closed") {
    const late = Object.values(answers).some((entry) => entry.late);
    setStatus(
      "closed",
      hasPending()
        ? "Time is up: sending your last answers"
        : late
          ? "Time is up: changes made after the end were not saved"
          : "Time is up: your answers are saved",
    );
  } else if (!hasPending()) {
    const failed = Object.values(answers).find((entry) => entry.failed);
    if (failed) setStatus("error", `Not saved, ${failed.failed}`);
    else setStatus("saved", "All answers saved");
  } else if (!navigator.onLine || offline) {
    setStatus("offline", "Offline: your answers are kept on this device and sent when you reconnect");
  } else if (lastError) {
    setStatus("error", `Not saved yet, retrying: ${lastError}`);
  } else {
    setStatus("saving", "Saving…");
  }
}

// --- Saving ----------------------------------------------------------------------------------------------

let offline = !navigator.onLine;
let readOnly = false;
let flushTimer = null;
let chain = Promise.resolve();

function api(url, options = {}) {
  return fetch(url, {
    credentials: "same-origin",
    referrerPolicy: "same-origin",
    cache: "no-store",
    ...options,
    headers: { Accept: "application/json", "X-CSRFToken": csrfToken, ...(options.headers || {}) },
  });
}

async function readJson(response) {
  try {
    return await response.json();
  } catch {
    return {};
  }
}

function scheduleFlush(delay) {
  clearTimeout(flushTimer);
  flushTimer = setTimeout(() => flush(), delay);
}

function flush() {
  clearTimeout(flushTimer);
  const run = chain.then(sendPending);
  chain = run.catch(() => {});
  return run;
}

async function sendPending() {
  const pending = Object.entries(answers).filter(([, entry]) => entry.pending);
  if (!pending.length || readOnly) {
    renderStatus();
    return !pending.length;
  }
  const saves = pending.map(([slug, entry]) => ({ item: slug, answer: entry.answer, seq: entry.seq }));
  setStatus("saving", "Saving…");
  let response;
  try {
    response = await api(state.urls.save, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ saves }),
    });
  } catch {
    offline = true;
    renderStatus();
    return false;
  }
  offline = false;
  const data = await readJson(response);
  for (const result of data.results || []) {
    const entry = answers[result.item];
    if (!entry) continue;
    if (typeof result.seq === "number" && result.seq >= entry.seq) {
      entry.pending = false;
      entry.failed = "";
    }
    if (result.error) {
      // Refused for this answer alone (the server names why): sending it again would fail again.
      entry.pending = false;
      entry.failed = `question ${itemBySlug[result.item].number}: ${result.error}`;
    }
  }
  if (data.clock) applyClock(data.clock);
  if (response.ok) {
    lastError = "";
  } else {
    handleRefusal(response.status, data);
  }
  renderStatus();
  return !hasPending();
}

function handleRefusal(status, data) {
  const code = data.extra && data.extra.code;
  if (code === "moved") {
    becomeReadOnly(data.message);
  } else if (code === "time_up" || code === "submitted") {
    // Changes made after deadline + grace: refused by the server, so never "saved". Kept on this device
    // only; everything saved before the end stays on the server.
    for (const entry of Object.values(answers)) {
      if (entry.pending) {
        entry.pending = false;
        entry.late = true;
      }
    }
    timeIsUp();
  } else if (code === "no_session" || status === 403) {
    lastError = data.message || "this page is no longer signed in. Reload it to continue; your answers are kept.";
    showBlocking(lastError);
  } else {
    lastError = data.message || `the server answered ${status}`;
  }
}

function showBlocking(text) {
  blockingNode.textContent = text;
  blockingNode.hidden = false;
}

function setInputsDisabled(disabled) {
  for (const panel of panels) {
    for (const input of panel.querySelectorAll("input, textarea")) {
      if (input.tagName === "TEXTAREA" || input.type === "text") input.readOnly = disabled;
      else input.disabled = disabled;
    }
  }
  for (const editor of Object.values(stepEditors)) editor.setReadOnly(disabled);
  submitButton.disabled = disabled;
}

function becomeReadOnly(message) {
  if (readOnly) return;
  readOnly = true;
  statusOverride = "readonly";
  setInputsDisabled(true);
  showBlocking(
    message ||
      "This assessment is now open in another browser, so this window is read-only. Reload this page to move it back here.",
  );
  renderStatus();
}

window.addEventListener("online", () => {
  offline = false;
  renderStatus();
  flush();
  sendActivity();
});
window.addEventListener("offline", () => {
  offline = true;
  renderStatus();
});
setInterval(() => {
  if (hasPending() && !readOnly) flush();
}, RETRY_MS);

// --- The clock -------------------------------------------------------------------------------------------

let serverRemaining = null;
let receivedAt = 0;
let allowedSeconds = state.clock.allowed_seconds;
const warned = { fifth: false, twentieth: false };
let closed = false;

function remainingSeconds() {
  if (serverRemaining === null) return null;
  return Math.max(0, serverRemaining - (performance.now() - receivedAt) / 1000);
}

function applyClock(clock) {
  if (clock.status === "submitted" || clock.status === "scored") {
    goToConfirmation();
    return;
  }
  if (clock.seconds_remaining !== null && clock.seconds_remaining !== undefined) {
    serverRemaining = clock.seconds_remaining;
    receivedAt = performance.now();
  }
  allowedSeconds = clock.allowed_seconds;
  if (clock.holds_attempt === false) becomeReadOnly();
  if (clock.seconds_remaining !== null && clock.seconds_remaining > 0 && closed) {
    // More time was granted after the countdown reached zero.
    closed = false;
    statusOverride = readOnly ? "readonly" : null;
    setInputsDisabled(readOnly);
    warningNode.textContent = "More time was granted: you can carry on.";
  }
  tick();
}

function formatTime(seconds) {
  const whole = Math.ceil(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, "0");
  return hours ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}

function minutesText(seconds) {
  const minutes = Math.max(1, Math.round(seconds / 60));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

function tick() {
  const remaining = remainingSeconds();
  if (remaining === null) return;
  countdownNode.textContent = formatTime(remaining);
  countdownNode.setAttribute("aria-label", `${minutesText(remaining)} left`);
  const fraction = allowedSeconds ? remaining / allowedSeconds : 1;
  if (fraction > 0.2) warned.fifth = false;
  if (fraction > 0.05) warned.twentieth = false;
  if (remaining > 0 && fraction <= 0.05 && !warned.twentieth) {
    warned.twentieth = warned.fifth = true;
    warn("final", `Less than ${minutesText(remaining)} left. Your answers are saved as you go; when the time runs out, the assessment is submitted.`);
  } else if (remaining > 0 && fraction <= 0.2 && !warned.fifth) {
    warned.fifth = true;
    warn("fifth", `${minutesText(remaining)} left: a fifth of your time.`);
  }
  document.querySelector("[data-timer]").dataset.level =
    fraction <= 0.05 ? "final" : fraction <= 0.2 ? "low" : "normal";
  if (remaining <= 0 && !closed) onCountdownEnd();
}

function warn(level, text) {
  warningNode.dataset.level = level;
  warningNode.textContent = text;
}

let syncing = false;

async function syncClock() {
  if (syncing) return;
  syncing = true;
  try {
    const response = await api(state.urls.clock);
    const data = await readJson(response);
    if (response.ok && data.clock) {
      offline = false;
      applyClock(data.clock);
    } else if (!response.ok) {
      handleRefusal(response.status, data);
    }
  } catch {
    offline = true;
  } finally {
    syncing = false;
    renderStatus();
  }
}

let endChecking = false;

async function onCountdownEnd() {
  // The page's count reached zero: ask the server, whose clock alone decides.
  if (endChecking) return;
  endChecking = true;
  try {
    await flush();
    await syncClock();
    const remaining = remainingSeconds();
    if (remaining !== null && remaining <= 0) timeIsUp();
  } finally {
    endChecking = false;
  }
}

let closedPoll = null;

function timeIsUp() {
  if (!closed) {
    closed = true;
    statusOverride = "closed";
    warn("final", "Time is up. Every answer saved before the end is being submitted for you.");
    flush().finally(() => setInputsDisabled(true));
  }
  renderStatus();
  if (!closedPoll) {
    closedPoll = setInterval(() => {
      if (!closed) {
        clearInterval(closedPoll);
        closedPoll = null;
        return;
      }
      syncClock();
    }, CLOSED_POLL_MS);
  }
}

let leaving = false;

function goToConfirmation() {
  if (leaving) return;
  leaving = true;
  sendActivity();
  if (!hasPending()) localStorage.removeItem(STORE_KEY);
  window.location.assign(state.urls.done);
}

applyClock(state.clock);
setInterval(tick, 1000);
setInterval(syncClock, SYNC_MS);

// --- Navigation ------------------------------------------------------------------------------------------

let current = null; // the slug shown, or "review"

function show(target, { focus = true } = {}) {
  if (current && current !== target) {
    leaveItem(current);
    flush();
  }
  for (const panel of panels) panel.hidden = panel.dataset.item !== target;
  reviewPanel.hidden = target !== "review";
  for (const link of document.querySelectorAll("[data-nav-item]")) {
    if (link.dataset.navItem === target) link.setAttribute("aria-current", "step");
    else link.removeAttribute("aria-current");
  }
  current = target;
  if (target === "review") renderReview();
  else enterItem(target);
  const heading = target === "review" ? reviewPanel.querySelector("h2") : panelBySlug[target].querySelector("h2");
  if (focus) heading.focus();
  const hash = target === "review" ? "#review" : `#q-${target}`;
  if (window.location.hash !== hash) history.replaceState(null, "", hash);
}

function targetFromHash() {
  const hash = window.location.hash;
  if (hash === "#review") return "review";
  const slug = hash.startsWith("#q-") ? hash.slice(3) : "";
  return panelBySlug[slug] ? slug : null;
}

document.addEventListener("click", (event) => {
  const link = event.target.closest("[data-nav-item]");
  if (link) {
    event.preventDefault();
    show(link.dataset.navItem);
    return;
  }
  if (event.target.closest("[data-review-link]")) {
    event.preventDefault();
    show("review");
    return;
  }
  const go = event.target.closest("[data-go]");
  if (!go) return;
  const order = panels.map((panel) => panel.dataset.item);
  const index = order.indexOf(current);
  const where = go.dataset.go;
  if (where === "next" && index < order.length - 1) show(order[index + 1]);
  else if (where === "previous" && index > 0) show(order[index - 1]);
  else if (where === "review") show("review");
  else if (where === "first") show(order.find((slug) => !isAnswered(answers[slug].answer)) || order[0]);
});
window.addEventListener("hashchange", () => {
  const target = targetFromHash();
  if (target && target !== current) show(target);
});

function renderReview() {
  const unanswered = items.filter((item) => !isAnswered(answers[item.slug].answer));
  const done = items.length - unanswered.length;
  reviewPanel.querySelector("[data-review-summary]").textContent =
    unanswered.length === 0
      ? `You have answered all ${items.length} questions.`
      : `You have answered ${done} of ${items.length} questions.`;
  const box = reviewPanel.querySelector("[data-review-unanswered]");
  box.hidden = unanswered.length === 0;
  const list = reviewPanel.querySelector("[data-review-list]");
  list.replaceChildren(
    ...unanswered.map((item) => {
      const li = document.createElement("li");
      const link = document.createElement("a");
      link.href = `#q-${item.slug}`;
      link.dataset.navItem = item.slug;
      link.textContent = `Question ${item.number}: ${item.title}`;
      li.append(link);
      return li;
    }),
  );
}

// --- Submitting ------------------------------------------------------------------------------------------

let submitting = false;

submitButton.addEventListener("click", async () => {
  if (submitting || readOnly) return;
  submitting = true;
  submitButton.disabled = true;
  submitStatus.textContent = "Saving your last answers…";
  try {
    const saved = await flush();
    if (!saved) {
      submitStatus.textContent = offline
        ? "You are offline. Your answers are kept on this device: reconnect, then press Submit assessment again."
        : `Some answers are not saved yet (${lastError || "retrying"}). Try again in a moment.`;
      return;
    }
    submitStatus.textContent = "Submitting…";
    await sendActivity();
    const response = await api(state.urls.submit, { method: "POST" });
    const data = await readJson(response);
    if (response.ok) {
      goToConfirmation();
      return;
    }
    handleRefusal(response.status, data);
    submitStatus.textContent = data.message || "The assessment could not be submitted. Try again.";
  } catch {
    offline = true;
    renderStatus();
    submitStatus.textContent =
      "The server could not be reached. Your answers are kept on this device: reconnect, then submit again.";
  } finally {
    submitting = false;
    if (!readOnly && !leaving && !closed) submitButton.disabled = false;
  }
});

// --- Integrity signals (recorded as context, never acted on automatically) -------------------------------

const activity = local.activity;
let activityDirty = false;
let awaySince = null;
let itemSince = null;

function counters(key) {
  activity[key] ||= {};
  return activity[key];
}

function add(key, field, amount) {
  const entry = counters(key);
  entry[field] = (entry[field] || 0) + amount;
  activityDirty = true;
}

function enterItem(slug) {
  itemSince = document.hidden ? null : performance.now();
  current = slug;
}

function leaveItem(slug) {
  if (slug && slug !== "review" && itemSince !== null) {
    add(slug, "seconds_on_item", (performance.now() - itemSince) / 1000);
  }
  itemSince = null;
}

function awayStart() {
  if (awaySince !== null) return;
  awaySince = performance.now();
  leaveItem(current);
}

function awayEnd() {
  if (awaySince === null) return;
  add("", "focus_lost_count", 1);
  add("", "focus_lost_seconds", (performance.now() - awaySince) / 1000);
  awaySince = null;
  if (current && current !== "review") itemSince = performance.now();
  persist();
}

document.addEventListener("visibilitychange", () => (document.hidden ? awayStart() : awayEnd()));
window.addEventListener("blur", awayStart);
window.addEventListener("focus", awayEnd);
document.addEventListener("paste", (event) => {
  const panel = event.target.closest && event.target.closest("[data-item]");
  if (!panel) return;
  const size = (event.clipboardData && event.clipboardData.getData("text").length) || 0;
  const slug = panel.dataset.item;
  add(slug, "paste_count", 1);
  add(slug, "paste_chars", size);
  const entry = counters(slug);
  entry.largest_paste_chars = Math.max(entry.largest_paste_chars || 0, size);
  persist();
});

function activityReport() {
  if (current && current !== "review" && itemSince !== null) {
    const now = performance.now();
    add(current, "seconds_on_item", (now - itemSince) / 1000);
    itemSince = now;
  }
  persist();
  const reports = {};
  for (const [key, entry] of Object.entries(activity)) {
    reports[key] = Object.fromEntries(Object.entries(entry).map(([field, value]) => [field, Math.round(value)]));
  }
  return { source: local.source, reports };
}

async function sendActivity({ keepalive = false } = {}) {
  if (!activityDirty || readOnly) return;
  const body = JSON.stringify(activityReport());
  activityDirty = false;
  try {
    const response = await api(state.urls.activity, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body,
      keepalive,
    });
    if (!response.ok && response.status >= 500) activityDirty = true;
  } catch {
    activityDirty = true;
  }
}

setInterval(() => sendActivity(), ACTIVITY_MS);
window.addEventListener("pagehide", () => {
  sendActivity({ keepalive: true });
});

// --- Start -----------------------------------------------------------------------------------------------

renderProgress();
show(targetFromHash() || items.find((item) => !isAnswered(answers[item.slug].answer))?.slug || items[0].slug, {
  focus: false,
});
renderStatus();
// The questions are inert until this module has read the answers into them: a click before that would
// be overwritten by the saved state.
document.querySelector("[data-test-layout]").inert = false;
if (hasPending()) flush();
