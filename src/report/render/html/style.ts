/** The brief's one stylesheet, inlined so the file stands alone offline; print rules turn the
 * evidence toggles into reference numbers that point at the evidence list at the end. */
export const BRIEF_CSS = `
:root { --ink: #1d2330; --muted: #5b6474; --rule: #d9dde5; --paper: #ffffff; --accent: #8a4b08; --hover: #fff6df;
  --source: #dcebff; --verb: #ffe2a8; --target: #e3f5dc; --quote: #efe3ff; }
* { box-sizing: border-box; }
html { color: var(--ink); background: var(--paper); font: 17px/1.55 Georgia, "Times New Roman", serif; }
body { max-width: 46rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; margin: 2.2rem 0 .6rem; padding-top: .4rem; border-top: 1px solid var(--rule); }
h3 { font-size: 1.05rem; margin: 1.3rem 0 .4rem; }
a { color: var(--accent); }
a:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.dek { color: var(--muted); font-style: italic; margin: 0 0 1.2rem; }
.lede { font-size: 1.08rem; }
nav.toc { background: #f6f7f9; border: 1px solid var(--rule); padding: .6rem 1rem; margin: 1.2rem 0; }
nav.toc h2 { border: 0; margin: .2rem 0 .4rem; font-size: 1rem; padding: 0; }
nav.toc ol { margin: 0; padding-left: 1.4rem; }
.claims { margin: .4rem 0; padding-left: 1.2rem; }
.para { margin: .5rem 0; }
.claim { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 .5rem; padding: .1rem .3rem; border-radius: 4px; }
li.claim { display: list-item; }
.claim:hover, .claim:focus-within { background: var(--hover); }
.claim-text { margin: 0; flex: 1 1 20rem; }
li.claim .claim-text { display: inline; }
.count { color: var(--muted); font-size: .9em; }
details.evidence { flex: 0 0 auto; font-size: .85rem; font-family: system-ui, sans-serif; }
details.evidence[open] { flex-basis: 100%; }
li.claim details.evidence { display: inline-block; margin-left: .3rem; }
li.claim details.evidence[open] { display: block; margin: .3rem 0; }
details.evidence summary { cursor: pointer; color: var(--accent); list-style: none; white-space: nowrap; }
details.evidence summary::-webkit-details-marker { display: none; }
details.evidence summary::before { content: "▸ "; }
details.evidence[open] summary::before { content: "▾ "; }
.evidence-body { border-left: 3px solid var(--accent); background: #fbfbfc; padding: .4rem .8rem; margin: .3rem 0 .6rem; }
.evidence-body ol { margin: 0; padding-left: 1.6rem; }
.evidence-body li { margin: .35rem 0; }
.sentence { margin: 0; font-family: Georgia, serif; font-size: .95rem; }
.meta { margin: .1rem 0 0; color: var(--muted); }
mark { padding: 0 .1em; border-radius: 2px; color: inherit; }
mark.source { background: var(--source); }
mark.verb { background: var(--verb); font-weight: bold; }
mark.target { background: var(--target); }
mark.quote { background: var(--quote); }
table { border-collapse: collapse; margin: .6rem 0; font-family: system-ui, sans-serif; font-size: .9rem; }
caption { text-align: left; color: var(--muted); padding-bottom: .3rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .2rem .7rem; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.sparkline { font-family: ui-monospace, monospace; letter-spacing: .05em; }
.evidence-index { font-size: .85rem; font-family: system-ui, sans-serif; }
.evidence-index li { margin: .4rem 0; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--rule); padding-top: .6rem; }
code { font-size: .85em; }
@media print {
  html { font-size: 11pt; }
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  nav.toc { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .claim:hover { background: none; }
  details.evidence summary::before { content: ""; }
  details.evidence summary { color: var(--muted); }
  details.evidence[open] .evidence-body { display: none; }
  .evidence-index { break-before: page; }
}
`;
