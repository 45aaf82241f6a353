/// The page's stylesheet, inline so the file stands alone: dark text on a light page, a
/// readable measure, tabular figures, and charts that scale down on narrow screens.
enum HTMLStyle {
    static let css = """
        :root { color-scheme: light; --ink: #1b1f24; --muted: #5b6470; --rule: #d9dee4; --accent: #1f5f9e; --warn: #8a5300; --warn-bg: #fff6e0; --bar: #3f78b5; }
        * { box-sizing: border-box; }
        html { background: #ffffff; }
        body { margin: 0; color: var(--ink); background: #ffffff; font: 16px/1.55 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif; }
        main { max-width: 66rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
        h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .75rem; }
        h2 { font-size: 1.4rem; margin: 2.5rem 0 .75rem; padding-top: .5rem; border-top: 2px solid var(--ink); }
        h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
        p { margin: .5rem 0 1rem; max-width: 42rem; }
        a { color: var(--accent); }
        .meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1.5rem; color: var(--muted); font-size: .92rem; }
        .meta dt { font-weight: 600; color: var(--ink); }
        .meta dd { margin: 0; }
        nav.toc { font-size: .95rem; margin: 0 0 1rem; }
        nav.toc ol { margin: .25rem 0; padding-left: 1.4rem; }
        figure { margin: 1.25rem 0 1.75rem; }
        figcaption { font-weight: 600; margin-bottom: .4rem; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; font-size: .95rem; font-variant-numeric: tabular-nums; }
        th, td { padding: .3rem .55rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: baseline; }
        th { border-bottom: 2px solid var(--ink); font-weight: 600; white-space: nowrap; }
        th .unit { display: block; font-weight: 400; color: var(--muted); font-size: .82rem; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        tbody td:first-child { white-space: nowrap; }
        td.ci, td.n { color: var(--muted); font-size: .88rem; }
        td.fragile a, td.fragile span.v { text-decoration: underline dotted var(--warn); }
        .note { color: var(--muted); font-size: .88rem; margin: .35rem 0 0; }
        .downloads { font-size: .85rem; color: var(--muted); margin: .35rem 0 0; }
        svg.chart { display: block; max-width: 100%; height: auto; font-family: inherit; }
        svg.chart text { font-size: 13px; fill: var(--ink); }
        svg.chart text.tick { font-size: 12px; fill: var(--muted); }
        svg.chart text.unit { font-size: 12.5px; fill: var(--muted); font-style: italic; }
        svg.chart text.value { font-variant-numeric: tabular-nums; }
        svg.chart text.cell { font-size: 12.5px; font-variant-numeric: tabular-nums; }
        svg.chart text.cell.on-dark { fill: #ffffff; }
        svg.chart line.grid { stroke: #e6e9ed; stroke-width: 1; }
        svg.chart line.zero, svg.chart line.axis { stroke: #6b7280; stroke-width: 1; }
        svg.chart rect.bar { fill: var(--bar); }
        svg.chart rect.bar.fragile { fill: var(--bar); fill-opacity: .45; stroke: var(--warn); stroke-dasharray: 3 2; }
        svg.chart line.whisker { stroke: #111827; stroke-width: 1.6; }
        svg.chart a:hover rect, svg.chart a:focus rect { filter: brightness(1.15); }
        .terms { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem 1.5rem; }
        .terms section { border-top: 1px solid var(--rule); }
        .terms h4 { margin: .5rem 0 .25rem; font-size: 1rem; }
        .terms ol { margin: 0; padding-left: 1.6rem; font-size: .93rem; font-variant-numeric: tabular-nums; }
        .terms li span.counts { color: var(--muted); font-size: .85rem; }
        aside.warnings { background: var(--warn-bg); border-left: 4px solid var(--warn); padding: .6rem 1rem; margin: 1rem 0; font-size: .93rem; }
        aside.warnings ul { margin: .25rem 0 0; padding-left: 1.2rem; }
        aside.warnings strong { color: var(--warn); }
        .evidence-group { border-top: 1px solid var(--rule); padding-top: .25rem; }
        .evidence-group:target { background: #fffbe6; outline: 3px solid #f2d675; outline-offset: 4px; }
        .evidence-group h3 small { font-weight: 400; color: var(--muted); }
        .evidence-group ol { padding-left: 1.6rem; }
        .evidence-group li { margin: 0 0 .75rem; }
        .evidence-group blockquote { margin: 0; }
        .evidence-group .source { display: block; color: var(--muted); font-size: .85rem; }
        mark { background: #ffe58a; color: inherit; padding: 0 .1em; border-radius: 2px; }
        .more, .back { color: var(--muted); font-size: .88rem; }
        footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--rule); padding-top: .75rem; }
        @media print { nav.toc, .downloads, .back { display: none; } h2 { break-after: avoid; } figure { break-inside: avoid; } }
        """
}
