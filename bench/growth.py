"""Benchmark: how the cost grows with the city, at 0.5x, 1x, 2x and 4x of 120 professionals
and 1,200 volunteers (4 weeks from 2026-11-30): time to a first roster, quality at the time
limit and peak memory, one fresh process per size; a table, and a plot (SVG).
`python bench/growth.py --scales 0.5 1 2 4 --time-limit 120 --plot bench/growth.svg`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Run, machine  # noqa: E402

CITY = Path(__file__).resolve().parent / "city.py"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=float, nargs="*", default=[0.5, 1, 2, 4])
    parser.add_argument("--time-limit", type=float, default=120.0)
    parser.add_argument("--plot", type=Path)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    from fixtures.generate import generate_organisation, write_folder

    print(machine())
    rows = []
    for scale in args.scales:
        pros, vols = round(120 * scale), round(1200 * scale)
        folder = Path(tempfile.mkdtemp(prefix="growth-")) / "city"
        write_folder(generate_organisation(pros, vols, seed=0), folder)
        cmd = [
            sys.executable,
            str(CITY),
            "--one",
            str(folder),
            "--time-limit",
            str(args.time_limit),
        ]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True)
        r = Run(**json.loads(out.stdout.strip().splitlines()[-1]))
        rows.append((scale, pros, vols, r))
        print(
            f"x{scale:<4g} {pros:4} professionals {vols:5} volunteers: "
            f"{r.model['shifts']} shifts, {r.model['assignment_variables']:,} pairs; "
            f"first roster {r.first_roster_total_s} s from the folder "
            f"({r.seconds_to_problem + r.seconds_to_model:.1f} s reading and building); "
            f"at {args.time_limit:g} s {r.objective:,.0f} bound {r.bound:,.0f} "
            f"gap {r.gap_pct:.1f} %; unstaffed {r.unstaffed}; peak {r.peak_rss_mib:,.0f} MiB; "
            f"load {r.load[0]}-{r.load[1]}",
            flush=True,
        )
    if args.out:
        args.out.write_text(json.dumps([r.__dict__ for *_, r in rows], indent=1))
    if args.plot:
        args.plot.write_text(svg(rows, args.time_limit))


def svg(rows, time_limit: float) -> str:
    """Three small panels side by side: seconds to a first roster, gap at the limit (%),
    peak memory (MiB), each against the size (professionals)."""
    panels = [
        ("first roster (s, from the folder)", lambda r: r.first_roster_total_s or 0.0),
        (f"gap to the bound at {time_limit:g} s (%)", lambda r: r.gap_pct),
        ("peak memory (MiB)", lambda r: r.peak_rss_mib),
    ]
    w, h, pad = 260, 200, 40
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{3 * w}" height="{h + 30}" '
        'font-family="sans-serif" font-size="11">'
    ]
    xs = [pros for _, pros, _, _ in rows]
    for k, (title, value) in enumerate(panels):
        ys = [value(r) for *_, r in rows]
        x0 = k * w
        top = max(ys + [1e-9]) * 1.15

        def px(x: float, x0: int = x0) -> float:
            return x0 + pad + (x - 0) / max(xs) * (w - 2 * pad)

        def py(y: float, top: float = top) -> float:
            return h - pad + 20 - y / top * (h - 2 * pad)

        parts.append(f'<text x="{x0 + pad}" y="14">{title}</text>')
        parts.append(
            f'<line x1="{px(0)}" y1="{py(0)}" x2="{px(max(xs))}" y2="{py(0)}" stroke="black"/>'
        )
        parts.append(
            f'<line x1="{px(0)}" y1="{py(0)}" x2="{px(0)}" y2="{py(top)}" stroke="black"/>'
        )
        points = " ".join(f"{px(x):.1f},{py(y):.1f}" for x, y in zip(xs, ys, strict=True))
        parts.append(
            f'<polyline points="{points}" fill="none" stroke="steelblue" stroke-width="2"/>'
        )
        for x, y in zip(xs, ys, strict=True):
            parts.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3" fill="steelblue"/>')
            parts.append(f'<text x="{px(x) - 10:.1f}" y="{py(y) - 6:.1f}">{y:,.1f}</text>')
            parts.append(f'<text x="{px(x) - 8:.1f}" y="{py(0) + 14:.1f}">{x}</text>')
        parts.append(f'<text x="{x0 + w / 2 - 30}" y="{h + 25}">professionals</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    main()
