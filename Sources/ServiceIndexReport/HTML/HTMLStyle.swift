/// The style sheet of `report.html`, inlined in its `<head>`.
///
/// A system font stack (no web fonts), a restrained slate palette with one warm accent for the
/// focus province, tabular figures in tables, and print rules for A4: colours kept, sections
/// that avoid splitting figures and table rows, and shapes that still read in black and white
/// (published bars are outlined, the focus bar has a heavy outline and a bold label).
///
/// The sheet holds no `<`, `&` or `url(`, so the page stays well-formed XML and self-contained.
enum HTMLStyle {
    static let css = """
        :root {
          --ink: #1d2733; --muted: #5d6b7b; --rule: #d7dde4; --soft: #f3f5f8;
          --computed: #3e5c7e; --published: #e3e8ee; --published-line: #71839a;
          --focus: #d9822b; --focus-line: #111111; --average: #a9b5c3; --good: #2f7d4f; --bad: #b23a3a;
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body {
          margin: 0; color: var(--ink); background: #ffffff;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
          font-size: 15px; line-height: 1.5;
        }
        .page { max-width: 1000px; margin: 0 auto; padding: 32px 40px 48px; }
        .kicker { margin: 0; color: var(--muted); font-size: 12px; letter-spacing: .04em; text-transform: uppercase; }
        h1 { margin: 6px 0 2px; font-size: 32px; line-height: 1.15; font-weight: 700; }
        .subtitle { margin: 0 0 20px; color: var(--muted); font-size: 17px; }
        h2 {
          margin: 36px 0 6px; padding-top: 14px; border-top: 2px solid var(--ink);
          font-size: 20px; line-height: 1.25;
        }
        h2 .number { color: var(--muted); font-weight: 400; margin-right: 8px; }
        h3 { margin: 24px 0 6px; font-size: 16px; }
        p { margin: 6px 0 10px; }
        .intro, .note { color: var(--muted); font-size: 13px; }
        .note { margin-top: 8px; }
        .kpis { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; margin: 18px 0 8px; }
        .kpi { border: 1px solid var(--rule); border-top: 4px solid var(--computed); border-radius: 4px; padding: 10px 14px 12px; }
        .kpi.primary { border-top-color: var(--focus); }
        .kpi .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
        .kpi .value { font-size: 30px; font-weight: 700; line-height: 1.2; font-variant-numeric: tabular-nums; }
        .kpi .value small { font-size: 16px; font-weight: 400; color: var(--muted); }
        .kpi .detail { font-size: 13px; color: var(--muted); }
        .up { color: var(--good); }
        .down { color: var(--bad); }
        .statement { font-size: 17px; margin: 10px 0 4px; }
        figure { margin: 12px 0 0; }
        svg { display: block; width: 100%; height: auto; }
        svg text { font-family: inherit; fill: var(--ink); font-size: 12px; }
        svg .axis { stroke: var(--rule); stroke-width: 1; }
        svg .tick, svg .muted { fill: var(--muted); font-size: 11px; }
        svg .band { fill: var(--soft); }
        svg .cut { stroke: var(--ink); stroke-width: 1.5; stroke-dasharray: 6 4; }
        svg .cut-label { font-size: 11px; font-weight: 700; }
        svg .bar.computed { fill: var(--computed); }
        svg .bar.published { fill: var(--published); stroke: var(--published-line); stroke-width: 1; stroke-dasharray: 3 2; }
        svg .bar.focus { fill: var(--focus); stroke: var(--focus-line); stroke-width: 2; stroke-dasharray: none; }
        svg .label.focus, svg .value.focus { font-weight: 700; }
        svg .track { fill: var(--soft); stroke: var(--rule); stroke-width: 1; }
        svg .bar.average { fill: var(--average); }
        svg .line { fill: none; stroke-width: 2; }
        svg .line.focus { stroke: var(--focus); stroke-width: 3; }
        svg .line.target { stroke: var(--ink); stroke-dasharray: 6 4; }
        svg .dot.focus { fill: var(--focus); }
        svg .dot.target { fill: var(--ink); }
        svg .line.group0 { stroke: #4c72b0; } svg .dot.group0 { fill: #4c72b0; }
        svg .line.group1 { stroke: #dd8452; } svg .dot.group1 { fill: #dd8452; }
        svg .line.group2 { stroke: #55a868; } svg .dot.group2 { fill: #55a868; }
        svg .line.group3 { stroke: #c44e52; } svg .dot.group3 { fill: #c44e52; }
        svg .line.group4 { stroke: #8172b3; } svg .dot.group4 { fill: #8172b3; }
        svg .line.group5 { stroke: #937860; } svg .dot.group5 { fill: #937860; }
        svg .unit-dot { fill: var(--computed); fill-opacity: .55; stroke: #ffffff; stroke-width: .5; }
        svg .unit-dot.marked { fill: var(--focus); fill-opacity: 1; stroke: var(--focus-line); stroke-width: 1.5; }
        svg .level-median { stroke: var(--ink); stroke-width: 1.5; }
        svg .level-p75 { stroke: var(--ink); stroke-width: 1.5; stroke-dasharray: 4 3; }
        svg .leader { stroke: var(--muted); stroke-width: .75; }
        .notice { border-left: 4px solid var(--bad); padding-left: 8px; }
        svg .up { fill: var(--good); }
        svg .down { fill: var(--bad); }
        .legend { display: flex; flex-wrap: wrap; gap: 18px; margin: 8px 0 0; padding: 0; list-style: none; font-size: 13px; color: var(--muted); }
        .legend li { display: flex; align-items: center; gap: 6px; }
        .legend svg { width: 26px; height: 12px; display: inline-block; }
        table { width: 100%; border-collapse: collapse; margin: 8px 0 4px; font-size: 13.5px; }
        th, td { padding: 5px 8px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
        th { font-size: 12px; color: var(--muted); font-weight: 600; border-bottom: 1.5px solid var(--ink); }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.code, .code { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12px; }
        td.words { color: var(--ink); }
        table.gap td:first-child { width: 30%; }
        table.units td:first-child { width: 26%; }
        table.units th { vertical-align: bottom; white-space: normal; }
        tr.total td { font-weight: 700; border-top: 1.5px solid var(--ink); }
        tr.not-measured td { color: var(--muted); }
        .dim { color: var(--muted); }
        .meter { display: inline-block; width: 64px; height: 8px; margin-left: 8px; background: var(--soft); border: 1px solid var(--rule); vertical-align: middle; }
        .meter span { display: block; height: 100%; background: var(--bad); }
        .grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
        .equation { font-size: 16px; font-variant-numeric: tabular-nums; }
        .tag { display: inline-block; padding: 0 6px; border-radius: 3px; font-size: 12px; border: 1px solid currentColor; }
        footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 12px; }
        @media (max-width: 720px) {
          .page { padding: 20px 16px; }
          .kpis, .grid2 { grid-template-columns: 1fr 1fr; }
        }
        @page { size: A4; margin: 14mm 12mm 16mm; }
        @media print {
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          body { font-size: 10pt; }
          .page { max-width: none; padding: 0; }
          h1 { font-size: 22pt; }
          h2 { margin-top: 12pt; padding-top: 8pt; font-size: 14pt; break-after: avoid; page-break-after: avoid; }
          h3 { break-after: avoid; page-break-after: avoid; }
          .kpi .value { font-size: 20pt; }
          figure, .kpis, .keep, tr, header { break-inside: avoid; page-break-inside: avoid; }
          h2 + p, h3 + p { break-after: avoid; page-break-after: avoid; }
          thead { display: table-header-group; }
          .kpis { margin: 10pt 0 0; }
          table { font-size: 9pt; }
          th, td { padding: 3px 6px; }
        }
        """
}
