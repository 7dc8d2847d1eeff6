#!/usr/bin/env python3
"""Turns JMH JSON results (-rf json) of the comparison into Markdown tables and SVG charts.

    python3 results.py [--svg DIR] RESULT.json [RESULT.json ...]

Prints Markdown to stdout; with --svg, writes DIR/ratios-<db>.svg per database: the ratio to
hand-written JDBC per operation and implementation, on a log scale. Standard library only.

A "round" is one measurement iteration (for purge, one purge); the tables show the median, min and
max over all rounds of all files given. Ratios are medians over the hand-written JDBC median of the
same operation and database. Reads these benchmark classes: compare.{Read,Write,Bulk}Benchmarks
(methods <operation>_<letter>_<implementation>), scaling.DeadRowScalingBenchmark,
pages.PageWithoutLiveIndexBenchmark, queries.{QueryBenchmarks,InListBenchmark} (the same method
names; the In list's size is the parameter "values"), and relations.CascadeBenchmarks (the same method
names; the parent's children are the parameter "children").
"""
import json
import math
import statistics
import sys
from collections import defaultdict

IMPLS = [
    ("a_handJdbc", "hand-written JDBC"),
    ("b_generatedAttached", "generated, attached"),
    ("c_generatedOnDemand", "generated, on demand"),
    ("d_jdbiFluent", "Jdbi fluent"),
    ("e_jdbiSqlObject", "Jdbi SqlObject"),
    ("f_hibernate", "Hibernate @SoftDelete"),
]
OPS = [
    ("findById", "findById"),
    ("findByEmail", "lookup by unique key"),
    ("page", "page of 100 live rows"),
    ("countAlive", "countAlive"),
    ("softDeleteRestore", "softDelete then restore"),
    ("insert", "insert"),
    ("insertAll", "insertAll of 1,000"),
    ("softDeleteAll", "softDeleteAll of 1,000"),
    ("purge", "purge"),
]
CANNOT = {("purge", "f_hibernate"): "cannot: ACTIVE keeps no deletion time; HQL never sees deleted rows"}
COLOURS = ["#444444", "#1f77b4", "#6baed6", "#ff7f0e", "#2ca02c", "#d62728"]


def load(paths):
    """{(kind, db, key...): {"unit": str, "samples": [floats]}} pooled over files."""
    results = defaultdict(lambda: {"unit": "", "samples": []})
    for path in paths:
        with open(path) as f:
            for r in json.load(f):
                cls, method = r["benchmark"].rsplit(".", 1)
                cls = cls.rsplit(".", 1)[-1]
                params = r.get("params", {})
                db = params.get("db", "?")
                if cls in ("ReadBenchmarks", "WriteBenchmarks", "BulkBenchmarks"):
                    op, impl = method.split("_", 1)
                    key = ("compare", db, op, impl)
                elif cls == "DeadRowScalingBenchmark":
                    key = ("scaling", db, method, int(params["rows"]))
                elif cls == "PageWithoutLiveIndexBenchmark":
                    key = ("pages", db, method, params["liveIndex"])
                elif cls in ("QueryBenchmarks", "InListBenchmark"):
                    op, impl = method.split("_", 1)
                    key = ("queries", db, op, int(params.get("values", 0)), impl)
                elif cls == "CascadeBenchmarks":
                    op, impl = method.split("_", 1)
                    key = ("relations", db, op, int(params.get("children", 0)), impl)
                else:
                    continue
                entry = results[key]
                entry["unit"] = r["primaryMetric"]["scoreUnit"]
                entry["samples"] += [x for fork in r["primaryMetric"]["rawData"] for x in fork]
    return results


def spread(entry):
    s = entry["samples"]
    return statistics.median(s), min(s), max(s)


def fmt(x):
    return f"{x:,.0f}" if x >= 100 else f"{x:.3g}" if x < 10 else f"{x:.1f}"


def compare_tables(results, out):
    ratios = defaultdict(dict)
    for db in sorted({k[1] for k in results if k[0] == "compare"}):
        out.append(f"### {db}: median [min–max] per operation, ratio to hand-written JDBC\n")
        out.append("| operation | " + " | ".join(name for _, name in IMPLS) + " |")
        out.append("|---|" + "---:|" * len(IMPLS))
        for op, op_name in OPS:
            base = results.get(("compare", db, op, "a_handJdbc"))
            unit = base["unit"] if base else ""
            cells = []
            for impl, _ in IMPLS:
                entry = results.get(("compare", db, op, impl))
                if entry is None:
                    cells.append(CANNOT.get((op, impl), "not run"))
                    continue
                med, lo, hi = spread(entry)
                cell = f"{fmt(med)} [{fmt(lo)}–{fmt(hi)}]"
                if base:
                    ratio = med / spread(base)[0]
                    ratios[db][(op, impl)] = ratio
                    cell += f" **{ratio:.2f}x**"
                cells.append(cell)
            out.append(f"| {op_name} ({unit}) | " + " | ".join(cells) + " |")
        out.append("")
    return ratios


def scaling_table(results, out):
    keys = [k for k in results if k[0] == "scaling"]
    if not keys:
        return
    out.append("### Dead-row scaling: 90 % dead, generated repository attached (µs/op, median [min–max])\n")
    out.append("| database | look-up | 10,000 rows | 1,000,000 rows | 1M / 10k | target ≤ 1.5x |")
    out.append("|---|---|---:|---:|---:|---|")
    for db in sorted({k[1] for k in keys}):
        for method in ("byId", "byKey", "page"):
            small = results.get(("scaling", db, method, 10_000))
            large = results.get(("scaling", db, method, 1_000_000))
            if not small or not large:
                continue
            s, l = spread(small), spread(large)
            ratio = l[0] / s[0]
            out.append(f"| {db} | {method} | {fmt(s[0])} [{fmt(s[1])}–{fmt(s[2])}] | "
                       f"{fmt(l[0])} [{fmt(l[1])}–{fmt(l[2])}] | {ratio:.2f}x | "
                       f"{'met' if ratio <= 1.5 else 'missed'} |")
    out.append("")


def pages_table(results, out):
    keys = [k for k in results if k[0] == "pages"]
    if not keys:
        return
    out.append("### A page of 100 live rows among 10,000, with and without ix_users_live (µs/op, median [min–max])\n")
    out.append("| database | query | with (live, id) index | without it | without / with |")
    out.append("|---|---|---:|---:|---:|")
    for db in sorted({k[1] for k in keys}):
        for method, name in (("generatedOrderByLiveId", "generated, ORDER BY live, id"),
                             ("handOrderById", "same, ORDER BY id")):
            with_ = results.get(("pages", db, method, "true"))
            without = results.get(("pages", db, method, "false"))
            if not with_ or not without:
                continue
            w, wo = spread(with_), spread(without)
            out.append(f"| {db} | {name} | {fmt(w[0])} [{fmt(w[1])}–{fmt(w[2])}] | "
                       f"{fmt(wo[0])} [{fmt(wo[1])}–{fmt(wo[2])}] | {wo[0] / w[0]:.1f}x |")
    out.append("")


QUERY_OPS = [
    ("derivedFinder", "derived finder: findByAuthorIdOrderByPublishedAtDesc(id, Limit.of(20))"),
    ("queryFinder", "@Query finder: live articles of a live author, by email"),
    ("countByIdIn", "derived countByIdIn of N ids among 100,000 articles"),
]


def queries_table(results, out):
    """Issue 8's queries: generated against hand-written JDBC, with the In list's growth by size."""
    keys = [k for k in results if k[0] == "queries"]
    if not keys:
        return
    out.append("### Queries users write: median [min–max], ratio to hand-written JDBC, growth k "
               "(time ~ N^k from the size before)\n")
    out.append("| database | query | N | hand-written JDBC | k | generated, attached | k | ratio |")
    out.append("|---|---|---:|---:|---:|---:|---:|---:|")
    for db in sorted({k[1] for k in keys}):
        for op, name in QUERY_OPS:
            sizes = sorted({k[3] for k in keys if k[1] == db and k[2] == op})
            before = {}
            for n in sizes:
                cells, medians = [], {}
                for impl in ("a_handJdbc", "b_generatedAttached"):
                    entry = results.get(("queries", db, op, n, impl))
                    if entry is None:
                        cells += ["not run", ""]
                        continue
                    med, lo, hi = spread(entry)
                    medians[impl] = med
                    growth = ""
                    if impl in before and n and before[impl][0]:
                        growth = f"{math.log(med / before[impl][1]) / math.log(n / before[impl][0]):.2f}"
                    before[impl] = (n, med)
                    cells += [f"{fmt(med)} [{fmt(lo)}–{fmt(hi)}] {entry['unit']}", growth]
                ratio = ""
                if len(medians) == 2:
                    ratio = f"**{medians['b_generatedAttached'] / medians['a_handJdbc']:.2f}x**"
                out.append(f"| {db} | {name} | {f'{n:,}' if n else ''} | " + " | ".join(cells)
                           + f" | {ratio} |")
    out.append("")


RELATION_OPS = [
    ("softDelete", "softDelete of an album with N photos", lambda n: 1 + n),
    ("restore", "restore of that album and its photos", lambda n: 1 + n),
    ("treeSoftDelete", "softDelete of a customer with 100 orders of 10 lines", lambda n: 1101),
    ("treeRestore", "restore of that customer, orders and lines", lambda n: 1101),
]


def relations_table(results, out):
    """Issue 9's cascade: generated against hand-written JDBC per size, and both verbs together."""
    keys = [k for k in results if k[0] == "relations"]
    if not keys:
        return
    out.append("### Relations: cascade soft delete and exact restore, median [min–max], ratio to hand-written "
               "JDBC, growth k (time ~ rows^k from the size before)\n")
    out.append("| database | operation | N | rows | hand-written JDBC | k | generated, attached | k | ratio |")
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for db in sorted({k[1] for k in keys}):
        totals = defaultdict(dict)
        for op, name, rows_of in RELATION_OPS:
            before = {}
            for n in sorted({k[3] for k in keys if k[1] == db and k[2] == op}):
                rows = rows_of(n)
                cells, medians = [], {}
                for impl in ("a_handJdbc", "b_generatedAttached"):
                    entry = results.get(("relations", db, op, n, impl))
                    if entry is None:
                        cells += ["not run", ""]
                        continue
                    med, lo, hi = spread(entry)
                    medians[impl] = med
                    totals[(op.startswith("tree"), n)][(op, impl)] = (med, entry["unit"])
                    growth = ""
                    if impl in before:
                        growth = f"{math.log(med / before[impl][1]) / math.log(rows / before[impl][0]):.2f}"
                    before[impl] = (rows, med)
                    cells += [f"{fmt(med)} [{fmt(lo)}–{fmt(hi)}] {entry['unit']}", growth]
                ratio = ""
                if len(medians) == 2:
                    ratio = f"**{medians['b_generatedAttached'] / medians['a_handJdbc']:.2f}x**"
                out.append(f"| {db} | {name} | {f'{n:,}' if n else ''} | {rows:,} | " + " | ".join(cells)
                           + f" | {ratio} |")
        for (tree, n), t in sorted(totals.items()):
            pair = ("treeSoftDelete", "treeRestore") if tree else ("softDelete", "restore")
            sums = {}
            for impl in ("a_handJdbc", "b_generatedAttached"):
                if (pair[0], impl) in t and (pair[1], impl) in t:
                    sums[impl] = (t[(pair[0], impl)][0] + t[(pair[1], impl)][0], t[(pair[0], impl)][1])
            if len(sums) == 2:
                hand, gen = sums["a_handJdbc"], sums["b_generatedAttached"]
                name = "both verbs, customer tree (sum of medians)" if tree else "both verbs (sum of medians)"
                out.append(f"| {db} | {name} | {f'{n:,}' if n else ''} | | {fmt(hand[0])} {hand[1]} | | "
                           f"{fmt(gen[0])} {gen[1]} | | **{gen[0] / hand[0]:.2f}x** |")
    out.append("")


def svg(db, ratios):
    """A grouped bar chart, one group per operation, one bar per implementation, log-scale ratio axis."""
    ops = [(op, name) for op, name in OPS if any((op, impl) in ratios for impl, _ in IMPLS)]
    width, left, top, bottom, legend = 900, 60, 40, 120, 150
    plot_w, plot_h = width - left - legend - 20, 320
    height = top + plot_h + bottom
    values = [v for v in ratios.values() if v > 0]
    lo = min(0.5, min(values)) if values else 0.5
    hi = max(2.0, max(values)) if values else 2.0
    lmin, lmax = math.log10(lo) - 0.05, math.log10(hi) + 0.05

    def y(v):
        return top + plot_h - (math.log10(v) - lmin) / (lmax - lmin) * plot_h

    e = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
         f'font-family="sans-serif" font-size="12">',
         f'<rect width="{width}" height="{height}" fill="white"/>',
         f'<text x="{left}" y="20" font-size="15">{db}: time relative to hand-written JDBC '
         f'(log scale, lower is faster)</text>']
    for tick in (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500):
        if lo * 0.8 <= tick <= hi * 1.25:
            ty = y(tick)
            stroke = "#000" if tick == 1 else "#ddd"
            e.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{ty:.1f}" y2="{ty:.1f}" stroke="{stroke}"/>')
            e.append(f'<text x="{left - 6}" y="{ty + 4:.1f}" text-anchor="end">{tick:g}x</text>')
    group = plot_w / max(1, len(ops))
    bar = group * 0.8 / len(IMPLS)
    for g, (op, name) in enumerate(ops):
        gx = left + g * group + group * 0.1
        for i, (impl, impl_name) in enumerate(IMPLS):
            v = ratios.get((op, impl))
            x = gx + i * bar
            if v is None:
                e.append(f'<text x="{x + bar / 2:.1f}" y="{top + plot_h - 4}" text-anchor="middle" '
                         f'font-size="9" fill="#999">–</text>')
                continue
            base, ty = y(1), y(v)
            e.append(f'<rect x="{x:.1f}" y="{min(base, ty):.1f}" width="{bar * 0.9:.1f}" '
                     f'height="{abs(base - ty):.1f}" fill="{COLOURS[i]}"><title>{impl_name}, {name}: '
                     f'{v:.2f}x</title></rect>')
        lx, ly = gx + group * 0.4, top + plot_h + 14
        e.append(f'<text x="{lx:.1f}" y="{ly}" text-anchor="end" transform="rotate(-35 {lx:.1f} {ly})">'
                 f'{name}</text>')
    for i, (_, impl_name) in enumerate(IMPLS):
        ly = top + 10 + i * 20
        e.append(f'<rect x="{width - legend}" y="{ly - 10}" width="12" height="12" fill="{COLOURS[i]}"/>')
        e.append(f'<text x="{width - legend + 18}" y="{ly}">{impl_name}</text>')
    e.append("</svg>")
    return "\n".join(e) + "\n"


def main(argv):
    svg_dir = None
    if len(argv) > 2 and argv[1] == "--svg":
        svg_dir = argv[2]
        argv = argv[2:]
    if len(argv) < 2:
        sys.exit(__doc__)
    results = load(argv[1:])
    out = []
    ratios = compare_tables(results, out)
    scaling_table(results, out)
    pages_table(results, out)
    queries_table(results, out)
    relations_table(results, out)
    print("\n".join(out))
    if svg_dir:
        for db, r in ratios.items():
            with open(f"{svg_dir}/ratios-{db.lower()}.svg", "w") as f:
                f.write(svg(db, r))


if __name__ == "__main__":
    main(sys.argv)
