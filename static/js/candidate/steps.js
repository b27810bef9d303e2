// The "steps in order" answer: one box per step, reordered by dragging a step's handle (mouse) or with its
// Move up / Move down buttons (keyboard). The answer is the numbered text "1. ...\n2. ...", what the
// scoring engine reads for ordered steps.

const NUMBERED = /^\s*\d{1,2}[.)]\s*/;

export function stepsFromText(text) {
  const steps = (text || "")
    .split("\n")
    .map((line) => line.replace(NUMBERED, "").trim())
    .filter(Boolean);
  while (steps.length < 3) steps.push("");
  return steps;
}

export function stepsToText(steps) {
  return steps
    .map((step) => step.trim())
    .filter(Boolean)
    .map((step, index) => `${index + 1}. ${step}`)
    .join("\n");
}

export class StepsEditor {
  constructor(root, { slug, onChange }) {
    this.root = root;
    this.slug = slug;
    this.list = root.querySelector("[data-step-list]");
    this.announce = root.querySelector("[data-steps-announce]");
    this.onChange = onChange;
    this.steps = stepsFromText("");
    this.readOnly = false;
    this.dragFrom = null;
    root.querySelector("[data-add-step]").addEventListener("click", () => {
      this.steps.push("");
      this.render();
      this.list.querySelector("li:last-child input").focus();
      this.changed();
    });
  }

  get text() {
    return stepsToText(this.steps);
  }

  set text(value) {
    this.steps = stepsFromText(value);
    this.render();
  }

  changed() {
    this.onChange(this.text);
  }

  move(from, to, { focusButton } = {}) {
    if (to < 0 || to >= this.steps.length || from === to) return;
    const [step] = this.steps.splice(from, 1);
    this.steps.splice(to, 0, step);
    this.render();
    this.announce.textContent = `Step moved to position ${to + 1} of ${this.steps.length}.`;
    if (focusButton) {
      const row = this.list.children[to];
      const button = row.querySelector(`[data-step-${focusButton}]`);
      (button && !button.disabled ? button : row.querySelector("input")).focus();
    }
    this.changed();
  }

  setReadOnly(readOnly) {
    this.readOnly = readOnly;
    this.render();
    this.root.querySelector("[data-add-step]").disabled = readOnly;
  }

  render() {
    this.list.replaceChildren();
    this.steps.forEach((step, index) => this.list.append(this.row(step, index)));
  }

  row(step, index) {
    const number = index + 1;
    const id = `q-${this.slug}-step-${number}`;
    const li = document.createElement("li");
    li.className = "step";
    li.dataset.index = String(index);
    li.draggable = !this.readOnly;

    const handle = document.createElement("span");
    handle.className = "step__handle";
    handle.setAttribute("aria-hidden", "true");
    handle.title = "Drag to reorder";
    handle.textContent = "\u2630";
    handle.dataset.dragHandle = "";

    const label = document.createElement("label");
    label.htmlFor = id;
    label.className = "step__label";
    label.textContent = `Step ${number}`;

    const input = document.createElement("input");
    input.type = "text";
    input.id = id;
    input.value = step;
    input.readOnly = this.readOnly;
    input.dataset.answerInput = "";
    input.addEventListener("input", () => {
      this.steps[index] = input.value;
      this.changed();
    });

    const buttons = document.createElement("span");
    buttons.className = "step__buttons";
    const make = (text, label, data, disabled, action) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "button--secondary step__button";
      button.textContent = text;
      button.setAttribute("aria-label", label);
      button.dataset[data] = "";
      button.disabled = disabled || this.readOnly;
      button.addEventListener("click", action);
      return button;
    };
    buttons.append(
      make("Up", `Move step ${number} up`, "stepUp", index === 0, () =>
        this.move(index, index - 1, { focusButton: "up" }),
      ),
      make("Down", `Move step ${number} down`, "stepDown", index === this.steps.length - 1, () =>
        this.move(index, index + 1, { focusButton: "down" }),
      ),
      make("Remove", `Remove step ${number}`, "stepRemove", this.steps.length <= 1, () => {
        this.steps.splice(index, 1);
        this.render();
        this.announce.textContent = `Step ${number} removed.`;
        this.list.children[Math.min(index, this.steps.length - 1)].querySelector("input").focus();
        this.changed();
      }),
    );

    li.append(handle, label, input, buttons);
    li.addEventListener("dragstart", (event) => {
      this.dragFrom = index;
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", String(index));
      li.classList.add("step--dragging");
    });
    li.addEventListener("dragend", () => li.classList.remove("step--dragging"));
    li.addEventListener("dragover", (event) => {
      if (this.dragFrom === null) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
    });
    li.addEventListener("drop", (event) => {
      event.preventDefault();
      const from = this.dragFrom;
      this.dragFrom = null;
      if (from !== null) this.move(from, index);
    });
    return li;
  }
}
