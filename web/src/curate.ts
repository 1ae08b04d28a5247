// Analysts' corrections from the side panel: "rename", "merge with…" on an entity and "wrong" on a
// relationship. Each asks for a note, posts to /api/curations (asking for the token when the
// server wants one), redraws the view and offers undo. Curated facts carry a mark with the notes.
import { api } from "./api";
import { el } from "./dom";
import { countryName, errorText, t } from "./i18n";

export interface CurateHooks {
  /** The graph changed: reload the view and show this node (null: keep the panel as it is). */
  changed(focus: string | null): Promise<void>;
}

interface Field {
  name: string;
  label: string;
  value?: string;
  required?: boolean;
}

/** A small modal form; resolves with the values, or null when cancelled. */
function ask(title: string, fields: Field[], extra?: HTMLElement): Promise<Record<string, string> | null> {
  const dialog = el("dialog", { class: "curate-dialog" });
  const form = el("form", { method: "dialog" });
  form.append(el("h3", {}, title));
  if (extra) form.append(extra);
  for (const f of fields) {
    const input = el("input", { name: f.name, type: "text", value: f.value ?? "", ...(f.required ? { required: "" } : {}) });
    form.append(el("label", {}, f.label, el("br"), input));
  }
  const save = el("button", { type: "submit", value: "save", class: "primary" }, t("save"));
  const cancel = el("button", { type: "button", value: "cancel" }, t("cancel"));
  form.append(el("p", {}, save, " ", cancel));
  dialog.append(form);
  document.body.append(dialog);
  return new Promise((resolve) => {
    const done = (v: Record<string, string> | null) => {
      dialog.close();
      dialog.remove();
      resolve(v);
    };
    cancel.addEventListener("click", () => done(null));
    dialog.addEventListener("cancel", () => done(null));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const values: Record<string, string> = {};
      for (const f of fields) values[f.name] = (form.elements.namedItem(f.name) as HTMLInputElement).value.trim();
      done(values);
    });
    dialog.showModal();
  });
}

/**
 * Says what happened where the analyst is looking: next to the control that was used when it is
 * still there (a refusal), else at the top of the panel (the view was redrawn), scrolled into view
 * either way; with an undo for a saved correction.
 */
function announce(box: HTMLElement, text: string, undo: (() => Promise<void>) | null, near: HTMLElement | null = null): void {
  document.querySelectorAll(".curate-status").forEach((x) => x.remove());
  const status = el("p", { class: "curate-status", role: "status" }, text);
  if (undo) {
    const b = el("button", { type: "button", class: "curate-undo" }, t("undo"));
    b.addEventListener("click", () => void undo());
    status.append(" ", b);
  }
  const row = near?.isConnected ? (near.closest("li, tr, p, div") ?? near) : null;
  if (row && row !== box) row.after(status);
  else box.prepend(status);
  status.scrollIntoView({ block: "nearest" });
}

const askToken = () => window.prompt(t("tokenPrompt"));

async function send(body: Record<string, unknown>, box: HTMLElement, hooks: CurateHooks, focus: string | null, near: HTMLElement | null = null): Promise<void> {
  try {
    const res = await api.curate(body, askToken);
    await hooks.changed(focus);
    const panel = document.getElementById("panel-body") ?? box;
    const undo = async () => {
      await api.curate({ op: "undo", target: res.curation.id }, askToken);
      await hooks.changed(focus);
      announce(document.getElementById("panel-body") ?? box, `${t("undone")}: ${res.curation.id}`, null);
    };
    announce(panel, `${t("saved")}: ${res.curation.id}${res.problems.length ? ` (${res.problems.join("; ")})` : ""}`, undo);
  } catch (e) {
    announce(box, `${t("curateFailed")}: ${errorText(e)}`, null, near);
  }
}

/** "Đổi tên" and "Gộp với…" for an entity. */
export function entityControls(entity: { id: string; name: string; label: string }, box: HTMLElement, hooks: CurateHooks): HTMLElement {
  const rename = el("button", { type: "button", class: "curate-rename" }, t("rename"));
  rename.addEventListener("click", async () => {
    const v = await ask(`${t("rename")}: ${entity.name}`, [
      { name: "name", label: t("newName"), value: entity.name, required: true },
      { name: "note", label: t("note") },
    ]);
    if (v && v.name && v.name !== entity.name)
      await send({ op: "rename", node: entity.id, name: v.name, ...(v.note ? { note: v.note } : {}) }, box, hooks, entity.id);
  });
  const merge = el("button", { type: "button", class: "curate-merge" }, t("mergeWith"));
  merge.addEventListener("click", async () => {
    // find the duplicate by name: entities of the same kind, this one left out
    let chosen: { id: string; name: string } | null = null;
    const query = el("input", { type: "search", class: "curate-find", value: entity.name });
    const results = el("div", { class: "curate-results" });
    // a person split by a misread role: that role can be dropped with the merge
    const roles = el("fieldset", { class: "curate-drop-roles", hidden: "" });
    const showRoles = async (id: string) => {
      roles.replaceChildren();
      roles.hidden = true;
      if (entity.label !== "Person") return;
      const held = (await api.entity(id)).relations.HOLDS_ROLE?.filter((r) => r.direction === "out") ?? [];
      if (!held.length) return;
      roles.append(
        el("legend", {}, t("dropRoles")),
        ...held.map((r) => el("label", {}, el("input", { type: "checkbox", name: "drop-role", value: r.other.id }), ` ${r.other.name}`)),
      );
      roles.hidden = false;
    };
    const find = el("button", { type: "button" }, t("find"));
    const search = async () => {
      const found = (await api.search(query.value)).filter((r) => r.label === entity.label && r.id !== entity.id);
      results.replaceChildren(
        ...(found.length
          ? found.map((r) => {
              const b = el("button", { type: "button", class: "curate-pick", "data-id": r.id }, `${r.name}${r.country ? ` (${countryName(r.country)})` : ""}`);
              b.addEventListener("click", () => {
                chosen = { id: r.id, name: r.name };
                results.querySelectorAll(".curate-pick").forEach((x) => x.classList.toggle("chosen", x === b));
                void showRoles(r.id);
              });
              return b;
            })
          : [el("span", {}, t("noResults"))]),
      );
    };
    find.addEventListener("click", () => void search());
    void search();
    const v = await ask(`${t("mergeInto")} — ${entity.name}`, [{ name: "note", label: t("note") }], el("div", {}, query, " ", find, results, roles));
    const other = chosen as { id: string; name: string } | null;
    const dropRoles = [...roles.querySelectorAll<HTMLInputElement>("input[name=drop-role]:checked")].map((x) => x.value);
    if (v && other)
      await send(
        { op: "merge", keep: entity.id, other: other.id, ...(dropRoles.length ? { dropRoles } : {}), ...(v.note ? { note: v.note } : {}) },
        box,
        hooks,
        entity.id,
      );
  });
  return el("p", { class: "curate-controls" }, `${t("correct")}: `, rename, " ", merge);
}

/** "Sai" next to a relationship: hides it, with a note. */
export function wrongButton(relId: string, label: string, box: HTMLElement, hooks: CurateHooks, focus: string): HTMLElement {
  const b = el("button", { type: "button", class: "curate-wrong", title: t("wrongTitle"), "data-rel": relId }, t("wrong"));
  b.addEventListener("click", async () => {
    const v = await ask(`${t("wrongTitle")}: ${label}`, [{ name: "note", label: t("note") }]);
    if (v) await send({ op: "reject", rel: relId, ...(v.note ? { note: v.note } : {}) }, box, hooks, focus, b);
  });
  return b;
}

/** The mark of a curated entity, with the analysts' notes. */
export function curatedMark(notes: readonly string[]): HTMLElement {
  const text = notes.filter(Boolean).join(" · ");
  return el("p", { class: "curated-mark" }, t("curated"), text ? `: ${text}` : "");
}
