/**
 * The page's only style sheet. Colours are custom properties, so one set of rules serves the
 * light and the dark scheme; the role and city colours are the Okabe–Ito palette, which stays
 * distinct for the common colour-vision deficiencies.
 */
export const styles = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#5a5a5a;--line:#c9c9c9;--soft:#f3f3f3;--link:#0b57a4;--focus:#c2410c;
--guarantor:#0072b2;--party:#d55e00;--observer:#007a5a;--host:#a4508b;--absent:#1b1b1b;--on-fill:#fff;--recorded:#0072b2;--hatch:#9a9a9a;
--c0:#0072b2;--c1:#e69f00;--c2:#009e73;--c3:#cc79a7;--c4:#d55e00;--c5:#56b4e9;--c6:#8c6d1f;--c7:#8a8a8a}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#ececec;--muted:#b0b0b0;--line:#4a4a4a;--soft:#1e1e1e;--link:#8cc4ff;--focus:#ffb27a;
--guarantor:#56b4e9;--party:#f0a04b;--observer:#3fc49a;--host:#e09ccb;--absent:#ececec;--on-fill:#111;--recorded:#56b4e9;--hatch:#777;
--c0:#56b4e9;--c1:#e69f00;--c2:#2fc59a;--c3:#e09ccb;--c4:#ff8a4c;--c5:#9fd3f2;--c6:#d9b65a;--c7:#8a8a8a}}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow-wrap:anywhere}
main,header,footer,nav{max-width:76rem;margin:0 auto;padding:0 1rem}
h1{font-size:1.7rem;line-height:1.2;margin:1.5rem 0 .5rem}
h2{font-size:1.35rem;margin:2.5rem 0 .5rem;border-bottom:1px solid var(--line)}
h3{font-size:1.1rem;margin:2rem 0 .25rem}
h4{font-size:1rem;margin:1rem 0 .25rem}
h3 small{font-weight:normal;color:var(--muted)}
a{color:var(--link)}
a:focus-visible,summary:focus-visible,.scroll:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-100vw}
.skip:focus{left:1rem;top:1rem;background:var(--bg);padding:.5rem;z-index:1}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;list-style:none;padding:0;margin:.5rem 0}
.lead,.note,caption{color:var(--muted)}
caption{text-align:left}
.scroll{overflow-x:auto;max-width:100%}
svg.timeline{display:block;width:100%;height:auto;min-width:52rem}
.gridwrap{display:flex;align-items:flex-start}.gridwrap .scroll{flex:1;min-width:0}
svg.grid,svg.labels{display:block;flex:none;max-width:none;height:auto}
svg text{fill:var(--fg);font:11px system-ui,sans-serif}
svg .year{fill:var(--muted)}
svg .row{text-anchor:end}
svg .col,svg .num{text-anchor:middle;font-size:9.5px}
.l{fill:var(--on-fill);font:bold 11px system-ui,sans-serif;text-anchor:middle;pointer-events:none}
svg .sep{stroke:var(--line);stroke-width:1}
svg .gap{stroke:var(--bg);stroke-width:2}
.cell{stroke:var(--bg);stroke-width:1}
.a-guarantor{fill:var(--guarantor)}.a-party{fill:var(--party)}.a-observer{fill:var(--observer)}.a-host{fill:var(--host)}.a-absent{fill:var(--absent)}
.a-unknown,.t-unknown{fill:url(#hatch);stroke:var(--line)}
.a-outside{fill:var(--bg);stroke:var(--line);stroke-dasharray:2 2}
.t-recorded{fill:var(--recorded)}
.t-absent{fill:var(--bg);stroke:var(--fg)}
.hatch-bg{fill:var(--bg)}.hatch-line{stroke:var(--hatch);stroke-width:1.2}
.mark circle,.mark rect,.mark path{stroke:var(--bg);stroke-width:1.5}
.mark:focus-visible{outline:none}.mark:focus-visible circle,.mark:focus-visible rect,.mark:focus-visible path{stroke:var(--focus);stroke-width:3}
${Array.from({ length: 7 }, (_, i) => `.city-${i}{fill:var(--c${i})}`).join('')}.city-other{fill:var(--c7)}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;padding:0;margin:.5rem 0;font-size:.9rem}
.legend svg{width:14px;height:14px;vertical-align:-2px;margin-right:.35rem}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.2rem .45rem;text-align:left;vertical-align:top}
th{background:var(--soft)}
#attendance tbody td{text-align:center;font-weight:bold;min-width:1.6rem}
details{margin:.75rem 0}
fieldset{border:1px solid var(--line);display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}fieldset label{white-space:nowrap}
summary{cursor:pointer;color:var(--link)}
.meeting{border-top:1px solid var(--line);margin-top:2rem}
.meeting ol.sources{font-size:.88rem;padding-left:2rem}
sup a{text-decoration:none}
.unknown{color:var(--muted);font-style:italic}
.n{color:var(--muted)}a.r{text-decoration:none}
footer{margin:3rem auto 2rem;color:var(--muted);font-size:.88rem}
@media (max-width:30rem){body{font-size:15px}main,header,footer,nav{padding:0 .75rem}}
@media print{:root{--bg:#fff;--fg:#000;--link:#000}nav,.skip,summary,fieldset{display:none}.scroll{overflow:visible}
svg.timeline{min-width:0}h2,h3{break-after:avoid}tr,li,.legend{break-inside:avoid}.meeting{break-before:auto}
ol.sources a::after{content:" <" attr(href) ">";font-size:.8em}}
`.trim();
