// The SPARQL editor of ickg's /sparql page: CodeMirror 6 over the page's own <textarea>.
//
// Progressive enhancement: the page is a plain form that works without this script. When it
// runs, the textarea is hidden and kept in step with an editor that highlights SPARQL (the
// legacy-modes SPARQL mode) and completes ickg's prefixes, the ontology's classes and
// properties (their labels beside them) and SPARQL's keywords, all read from the service's
// completion data (the form's data-completions URL, computed from the store's ontology).
// Nothing is loaded from anywhere else, and nothing is evaluated: the page's
// Content-Security-Policy allows only the service's own files.
//
// The editor lives in a shadow root: CodeMirror writes its base theme into a style sheet of
// the root it is mounted in, which for a shadow root is a constructed (adopted) sheet, not an
// inline <style> the policy would refuse. Its look comes from sparql-editor.css, linked inside.

import {EditorState, StateField} from "@codemirror/state";
import {
  Decoration, EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter,
  highlightSpecialChars, keymap, lineNumbers,
} from "@codemirror/view";
import {StreamLanguage, bracketMatching, indentOnInput, syntaxHighlighting, syntaxTree} from "@codemirror/language";
import {sparql} from "@codemirror/legacy-modes/mode/sparql";
import {tagHighlighter, tags} from "@lezer/highlight";
import {autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap} from "@codemirror/autocomplete";
import {defaultKeymap, history, historyKeymap} from "@codemirror/commands";
import {highlightSelectionMatches, searchKeymap} from "@codemirror/search";

// A query whose address is shorter than this is sent with GET, so the address of the result page
// is the query's own, to bookmark or share; longer ones are posted as the plain form does.
const GET_LIMIT = 4000;

// Token classes for sparql-editor.css.
const highlighter = tagHighlighter([
  {tag: tags.keyword, class: "sq-keyword"},
  {tag: tags.standard(tags.variableName), class: "sq-function"},
  {tag: tags.local(tags.variableName), class: "sq-variable"},
  {tag: tags.variableName, class: "sq-word"},
  {tag: tags.atom, class: "sq-iri"},
  {tag: tags.string, class: "sq-string"},
  {tag: tags.comment, class: "sq-comment"},
  {tag: tags.operator, class: "sq-operator"},
  {tag: tags.meta, class: "sq-lang"},
  {tag: tags.bracket, class: "sq-bracket"},
]);

const PNAME = /(?:[A-Za-z\u00C0-\uFFFD][\w\u00B7\u00C0-\uFFFD.\-]*)?:(?:[\w\u00B7\u00C0-\uFFFD.\-:%]|\\.)*$/;
const WORD = /[?$]?[\w\u00C0-\uFFFD]*$/;
const VARIABLE = /[?$]([\w\u00B7\u00C0-\uFFFD]+)/g;

function completionSource(data) {
  const keywords = data.keywords.map((word) => ({label: word, type: "keyword", boost: -1}));
  const prefixes = data.prefixes.map((p) => ({label: p.prefix + ":", type: "namespace", detail: p.namespace}));
  const terms = data.terms.map((t) => ({
    label: t.name,
    detail: t.label || undefined,
    info: t.definition || undefined,
    type: t.kind === "class" ? "class" : "property",
  }));
  return (context) => {
    const node = syntaxTree(context.state).resolveInner(context.pos, -1);
    if (/string|comment/.test(node.name)) return null;
    const pname = context.matchBefore(PNAME);
    if (pname) {
      const prefix = pname.text.slice(0, pname.text.indexOf(":") + 1);
      const options = terms.filter((t) => t.label.startsWith(prefix));
      return options.length ? {from: pname.from, options, validFor: PNAME} : null;
    }
    const word = context.matchBefore(WORD);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    if (word.text.startsWith("?") || word.text.startsWith("$")) {
      const seen = new Set();
      for (const m of context.state.doc.toString().matchAll(VARIABLE)) seen.add(m[1]);
      const options = [...seen].map((name) => ({label: word.text[0] + name, type: "variable"}));
      return {from: word.from, options, validFor: /^[?$][\w\u00B7\u00C0-\uFFFD]*$/};
    }
    return {from: word.from, options: keywords.concat(prefixes, terms), validFor: /^[\w\u00C0-\uFFFD]*$/};
  };
}

// A mark on the character where the service said the query is malformed; it follows edits.
function errorMark(doc, line, column) {
  if (!line || line > doc.lines) return [];
  const at = doc.line(line);
  // The engine may point just past the end of a line (what it expected never came): mark the
  // line's last character then.
  let from = Math.min(at.from + Math.max(0, column - 1), at.to);
  if (from === at.to && at.to > at.from) from -= 1;
  const to = Math.min(from + 1, doc.length);
  const marks = to > from ? Decoration.set([Decoration.mark({class: "cm-error-at"}).range(from, to)]) : Decoration.none;
  const field = StateField.define({
    create: () => marks,
    update: (value, tr) => value.map(tr.changes),
    provide: (f) => EditorView.decorations.from(f),
  });
  return [field, from];
}

// The form's GET address, as short as the service allows: "infer" only when unticked (the
// checkbox and its hidden "false" fallback otherwise both travel), the editor mark only when the
// answer is not the HTML page (which always reads the text as the page does).
function shareableAddress(form) {
  const data = new FormData(form);
  const params = new URLSearchParams();
  for (const [name, value] of data) {
    if (name !== "infer" && name !== "editor") params.append(name, value);
  }
  if (!data.getAll("infer").includes("true")) params.append("infer", "false");
  if (params.get("format") !== "html") params.append("editor", "1");
  return form.action + "?" + params.toString();
}

// Text typed over a selection that spans lines, or text input holding a line break: the browser's
// own editing would merge or split the lines' elements and give the result a style attribute to
// keep their look, which the page's policy refuses (and reports). The editor makes the change
// itself instead.
const typeOverLines = EditorView.domEventHandlers({
  beforeinput(event, view) {
    if (event.inputType !== "insertText" || event.isComposing || event.data == null) return false;
    const range = replacedRange(event, view);
    if (range === null) return false;
    const {from, to} = range;
    const doc = view.state.doc;
    if (!/[\r\n]/.test(event.data) && doc.lineAt(from).number === doc.lineAt(to).number) return false;
    event.preventDefault();
    view.dispatch({
      changes: {from, to, insert: event.data},
      selection: {anchor: from + event.data.length},
      scrollIntoView: true,
      userEvent: "input.type",
    });
    return true;
  },
});

// The document range the browser is about to replace: the event's target range, else the page's
// selection (the editor's own may not have caught up with it yet), else the editor's.
function replacedRange(event, view) {
  const candidates = [...event.getTargetRanges()];
  const selection = view.root.getSelection ? view.root.getSelection() : document.getSelection();
  if (selection && selection.getComposedRanges) {
    candidates.push(...selection.getComposedRanges({shadowRoots: [view.root]}));
  } else if (selection && selection.rangeCount) {
    candidates.push(selection.getRangeAt(0));
  }
  for (const r of candidates) {
    if (!view.contentDOM.contains(r.startContainer) || !view.contentDOM.contains(r.endContainer)) continue;
    try {
      const a = view.posAtDOM(r.startContainer, r.startOffset);
      const b = view.posAtDOM(r.endContainer, r.endOffset);
      return {from: Math.min(a, b), to: Math.max(a, b)};
    } catch (err) {
      return null;
    }
  }
  const {from, to} = view.state.selection.main;
  return {from, to};
}

function enhance(form) {
  const textarea = form.querySelector("textarea[name=query]");
  if (!textarea) return;
  const host = document.createElement("div");
  host.className = "sparql-editor";
  const shadow = host.attachShadow({mode: "open"});
  const sheet = document.createElement("link");
  sheet.rel = "stylesheet";
  sheet.href = form.dataset.editorCss;
  const mount = document.createElement("div");
  mount.className = "sparql-editor-frame";
  shadow.append(sheet, mount);
  textarea.before(host);
  textarea.hidden = true;

  const submit = () => { form.requestSubmit(); return true; };
  // Completion data arrives after the editor is up; until then nothing is offered.
  let complete = () => null;
  const error = document.querySelector(".error[data-line]");
  let errorExtension = [];
  let errorAt = null;
  const doc = EditorState.create({doc: textarea.value}).doc;
  if (error) {
    const made = errorMark(doc, Number(error.dataset.line), Number(error.dataset.column));
    if (made.length) [errorExtension, errorAt] = made;
  }
  const view = new EditorView({
    parent: mount,
    root: shadow,
    state: EditorState.create({
      doc,
      selection: errorAt !== null ? {anchor: errorAt} : undefined,
      extensions: [
        lineNumbers(), highlightActiveLineGutter(), highlightSpecialChars(), history(), drawSelection(),
        indentOnInput(), bracketMatching(), closeBrackets(), highlightActiveLine(),
        highlightSelectionMatches(), typeOverLines,
        StreamLanguage.define(sparql),
        syntaxHighlighting(highlighter),
        autocompletion({override: [(context) => complete(context)], icons: true}),
        keymap.of([
          {key: "Mod-Enter", run: submit},
          ...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...completionKeymap,
        ]),
        EditorView.contentAttributes.of({"aria-label": textarea.getAttribute("aria-label") || "SPARQL query"}),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) textarea.value = update.state.doc.toString();
        }),
        errorExtension,
      ],
    }),
  });
  form.classList.add("enhanced");

  form.addEventListener("submit", (event) => {
    textarea.value = view.state.doc.toString();
    const url = shareableAddress(form);
    if (url.length <= GET_LIMIT) {
      event.preventDefault();
      window.location.assign(url);
    }
  });

  fetch(form.dataset.completions, {headers: {Accept: "application/json"}})
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(response.statusText))))
    .then((data) => {
      complete = completionSource(data);
      host.dataset.completions = String(data.terms.length);
    })
    .catch((err) => { host.dataset.completions = "unavailable"; console.warn("SPARQL completions:", err.message); });
  if (errorAt !== null) view.focus();
  window.ickgSparqlEditor = view;
}

function start() {
  for (const form of document.querySelectorAll("form.query[data-completions]")) enhance(form);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
