"""Write a fictional programme's bundles, one per laptop (deterministic, made-up names).

python tools/make_programme.py OUT_DIR [--laptops N] [--events E] [--people P] [--seed S]

Each laptop runs E events of about P people each in one invented kabupaten; every fifth laptop
also carries a colleague's event (the same rows as on the colleague's laptop). Collect them
at the office with `kerinjing-desktop bundle import OUT_DIR`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kerinjing_desktop.core.office.sample import write_programme  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--laptops", type=int, default=20)
    parser.add_argument("--events", type=int, default=10)
    parser.add_argument("--people", type=int, default=50)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    paths = write_programme(args.out_dir, args.laptops, args.events, args.people, args.seed)
    print(f"{len(paths)} bundles in {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
