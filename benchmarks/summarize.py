#!/usr/bin/env python3
"""Summarizes JMH JSON results (-rf json) of one or more runs of this module as a Markdown table.

    python3 summarize.py [--gc GC.json] RUN1.json [RUN2.json ...]

Each run ("round") measures every benchmark once; the two members of a pair run next to each other
(JMH runs benchmarks in name order), so a pair's ratio is taken within each round, where both sides
saw about the same machine load, and the table shows the median ratio over rounds with its range.
Scores are pooled over the rounds' measurement iterations: mean and 99.9% confidence half-width,
as JMH computes them. B/op comes from a run with -prof gc (gc.alloc.rate.norm) when --gc is given.
"""
import json
import math
import statistics
import sys

# Two-sided 99.9% Student t quantiles (0.9995), as JMH uses for its error.
T9995 = {1: 636.619, 2: 31.599, 3: 12.924, 4: 8.610, 5: 6.869, 6: 5.959, 7: 5.408, 8: 5.041,
         9: 4.781, 10: 4.587, 11: 4.437, 12: 4.318, 13: 4.221, 14: 4.140, 15: 4.073, 19: 3.883,
         24: 3.745, 29: 3.659, 39: 3.551, 49: 3.496, 59: 3.460, 99: 3.392}


def t_quantile(df):
    keys = sorted(k for k in T9995 if k <= df)
    return T9995[keys[-1]] if df <= 99 else 3.291


def baseline_of(name):
    cls, method = name.rsplit(".", 1)
    for prefix in ("update_", "lifecycle_"):
        if method.startswith(prefix):
            return f"{cls}.{prefix}a_handJdbc"
    return f"{cls}.a_handJdbc"


def load(path):
    with open(path) as f:
        return {r["benchmark"]: r for r in json.load(f)}


def main(argv):
    gc = {}
    if len(argv) > 2 and argv[1] == "--gc":
        gc = load(argv[2])
        argv = argv[2:]
    rounds = [load(p) for p in argv[1:]]
    if not rounds:
        sys.exit(__doc__)
    names = sorted({n for r in rounds for n in r})
    print("| benchmark | µs/op (mean ± 99.9% CI, all rounds) | median of rounds | ratio to hand JDBC"
          " (median [min–max] over rounds) | B/op |")
    print("|---|---:|---:|---:|---:|")
    for name in names:
        samples = [x for r in rounds if name in r
                   for fork in r[name]["primaryMetric"]["rawData"] for x in fork]
        mean = statistics.fmean(samples)
        err = (t_quantile(len(samples) - 1) * statistics.stdev(samples) / math.sqrt(len(samples))
               if len(samples) > 1 else float("nan"))
        per_round = [r[name]["primaryMetric"]["score"] for r in rounds if name in r]
        base = baseline_of(name)
        ratios = [r[name]["primaryMetric"]["score"] / r[base]["primaryMetric"]["score"]
                  for r in rounds if name in r and base in r]
        ratio = (f"{statistics.median(ratios):.2f}x [{min(ratios):.2f}–{max(ratios):.2f}]"
                 if ratios else "")
        alloc = ""
        if name in gc:
            norm = gc[name].get("secondaryMetrics", {}).get("·gc.alloc.rate.norm") or \
                gc[name].get("secondaryMetrics", {}).get("gc.alloc.rate.norm")
            if norm:
                alloc = f"{norm['score']:.0f}"
        short = name.replace("dev.softdelete.benchmarks.", "")
        print(f"| {short} | {mean:.3f} ± {err:.3f} | {statistics.median(per_round):.3f} | {ratio} | {alloc} |")


if __name__ == "__main__":
    main(sys.argv)
